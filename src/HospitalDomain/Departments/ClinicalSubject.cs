using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Departments;

/// <summary>One entry of 《医疗机构诊疗科目名录》: a code with its Chinese (and, for subjects, English) name.</summary>
/// <remarks>Equality compares every property. Entries come from a <see cref="ClinicalSubjectCatalogue"/>, or are created for a user's own catalogue.</remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class ClinicalSubject
{
    /// <summary>Creates an entry.</summary>
    /// <param name="code">The code.</param>
    /// <param name="chineseName">The Chinese name, such as 心血管内科专业.</param>
    /// <param name="englishName">The English name, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chineseName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="chineseName"/> is blank.</exception>
    public ClinicalSubject(ClinicalSubjectCode code, string chineseName, string? englishName = null)
    {
        Code = code;
        ChineseName = Preconditions.CheckNotBlank(chineseName);
        EnglishName = string.IsNullOrWhiteSpace(englishName) ? null : englishName.Trim();
    }

    /// <summary>Gets the code.</summary>
    public ClinicalSubjectCode Code { get; }

    /// <summary>Gets the Chinese name as the catalogue writes it.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name, or null (the catalogue gives English names for subjects only).</summary>
    public string? EnglishName { get; }

    /// <summary>Returns "03.04 心血管内科专业".</summary>
    /// <returns>The code and the Chinese name.</returns>
    public override string ToString() => $"{Code} {ChineseName}";
}
