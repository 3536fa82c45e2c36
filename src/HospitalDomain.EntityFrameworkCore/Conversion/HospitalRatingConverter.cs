using HospitalDomain.Organizations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HospitalDomain.EntityFrameworkCore.Conversion;

/// <summary>Stores a <see cref="HospitalRating"/> (医院等级) as its camelCase name, as in JSON: tertiaryGradeA, secondaryUnrated, unclassified …</summary>
/// <remarks>The name, not the 1–14 number, because that numbering is a third party's. A text that is not a rating throws <see cref="FormatException"/>.</remarks>
public sealed class HospitalRatingConverter : ValueConverter<HospitalRating, string>
{
    /// <summary>Creates the converter.</summary>
    public HospitalRatingConverter()
        : base(rating => rating.Name, text => HospitalRating.Parse(text), new ConverterMappingHints(size: 20, unicode: false))
    {
    }
}
