using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Departments;

/// <summary>A department of a hospital (科室): a clinical or medical-technical department, a nursing unit, an administrative office or a logistics service, with its code in the hospital's own scheme.</summary>
/// <remarks>
/// The code is the hospital's own (HIS) code and only has to be unique within the hospital. A department may name the 诊疗科目 it practises (<see cref="SubjectCode"/>): that is allowed for clinical and medical-technical departments and nursing units only, since administrative and logistics departments practise none. A department may belong to a parent department (a ward under its department, a section under a large department) by the parent's code.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class Department
{
    /// <summary>Creates a department.</summary>
    /// <param name="code">The hospital's own code of the department, unique within the hospital.</param>
    /// <param name="name">The Chinese name, such as 心血管内科.</param>
    /// <param name="kind">The kind of department.</param>
    /// <param name="englishName">The English name, or null.</param>
    /// <param name="subjectCode">The 诊疗科目 the department practises, or null; only for clinical, medical-technical and nursing departments.</param>
    /// <param name="parentCode">The code of the parent department, or null; not the department's own code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, a subject code is given for an administrative or logistics department, or the parent code is the department's own.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public Department(string code, string name, DepartmentKind kind, string? englishName = null, ClinicalSubjectCode? subjectCode = null, string? parentCode = null)
    {
        Code = Preconditions.CheckNotBlank(code);
        Name = Preconditions.CheckNotBlank(name);
        Kind = Preconditions.CheckDefined(kind);
        EnglishName = string.IsNullOrWhiteSpace(englishName) ? null : englishName.Trim();
        SubjectCode = subjectCode;
        ParentCode = string.IsNullOrWhiteSpace(parentCode) ? null : parentCode.Trim();
        if (SubjectCode is not null && Kind is DepartmentKind.Administrative or DepartmentKind.Logistics)
        {
            Preconditions.ThrowArgument(nameof(subjectCode), $"subjectCode must be null for a department of kind {Kind}, was {SubjectCode}.");
        }

        if (ParentCode == Code)
        {
            Preconditions.ThrowArgument(nameof(parentCode), $"parentCode must differ from the department's own code, was '{ParentCode}'.");
        }
    }

    /// <summary>Gets the hospital's own code of the department.</summary>
    public string Code { get; }

    /// <summary>Gets the Chinese name (科室名称).</summary>
    public string Name { get; }

    /// <summary>Gets the kind of department.</summary>
    public DepartmentKind Kind { get; }

    /// <summary>Gets the English name, or null.</summary>
    public string? EnglishName { get; }

    /// <summary>Gets the 诊疗科目 the department practises, or null.</summary>
    public ClinicalSubjectCode? SubjectCode { get; }

    /// <summary>Gets the code of the parent department, or null.</summary>
    public string? ParentCode { get; }

    /// <summary>Returns "code name", such as "0304 心血管内科".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {Name}";
}
