using HospitalDomain.Organizations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HospitalDomain.EntityFrameworkCore.Conversion;

/// <summary>Stores a <see cref="UnifiedSocialCreditCode"/> (统一社会信用代码) as its 18 characters, such as 91350200776049653A.</summary>
/// <remarks>The default value is stored as the empty text and read back as the default value; any other text is validated, check character included, and a bad one throws <see cref="FormatException"/>.</remarks>
public sealed class UnifiedSocialCreditCodeConverter : ValueConverter<UnifiedSocialCreditCode, string>
{
    /// <summary>Creates the converter.</summary>
    public UnifiedSocialCreditCodeConverter()
        : base(code => code.ToString(), text => text.Length == 0 ? default : UnifiedSocialCreditCode.Parse(text), new ConverterMappingHints(size: 18, unicode: false))
    {
    }
}
