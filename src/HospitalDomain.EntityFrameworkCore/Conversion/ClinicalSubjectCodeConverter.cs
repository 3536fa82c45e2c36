using HospitalDomain.Departments;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HospitalDomain.EntityFrameworkCore.Conversion;

/// <summary>Stores a <see cref="ClinicalSubjectCode"/> (诊疗科目代码) in its dotted form, such as 03.04.</summary>
/// <remarks>The default value is stored as "00" and read back as the default value. A text that is not a code throws <see cref="FormatException"/>.</remarks>
public sealed class ClinicalSubjectCodeConverter : ValueConverter<ClinicalSubjectCode, string>
{
    /// <summary>Creates the converter.</summary>
    public ClinicalSubjectCodeConverter()
        : base(code => code.ToString(), text => text == DefaultText ? default : ClinicalSubjectCode.Parse(text), new ConverterMappingHints(size: 16, unicode: false))
    {
    }

    private const string DefaultText = "00";
}
