using HospitalDomain.Organizations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HospitalDomain.EntityFrameworkCore.Conversion;

/// <summary>Stores an <see cref="OrganizationCode"/> (组织机构代码) in its hyphenated form, such as 77604965-3.</summary>
/// <remarks>The default value is stored as the empty text and read back as the default value; any other text is validated and a bad one throws <see cref="FormatException"/>.</remarks>
public sealed class OrganizationCodeConverter : ValueConverter<OrganizationCode, string>
{
    /// <summary>Creates the converter.</summary>
    public OrganizationCodeConverter()
        : base(code => code.ToString(), text => text.Length == 0 ? default : OrganizationCode.Parse(text), new ConverterMappingHints(size: 10, unicode: false))
    {
    }
}
