using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HospitalDomain.EntityFrameworkCore.Conversion;

/// <summary>Stores a <see cref="ChineseNumber"/> as its canonical text, such as 260.72万 or 3000余, so that the scale and the qualifier are kept.</summary>
/// <remarks>At most 64 characters. A text that is not a figure throws <see cref="FormatException"/>.</remarks>
public sealed class ChineseNumberConverter : ValueConverter<ChineseNumber, string>
{
    /// <summary>Creates the converter.</summary>
    public ChineseNumberConverter()
        : base(number => number.ToString(), text => ChineseNumber.Parse(text), new ConverterMappingHints(size: 64, unicode: true))
    {
    }
}
