using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Departments;

/// <summary>A key specialty (重点专科) of a hospital: a department or field recognised by a programme at a level, at a stage, such as 国家临床重点专科建设单位 or 省级中医重点专科.</summary>
/// <remarks>
/// Reports often name a key specialty without its level or stage ("重症医学科等重点专科"); those fields are then null rather than guessed. <see cref="Title"/> renders the recognition the way Chinese reports write it, from the level, the programme and the stage.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class KeySpecialty
{
    /// <summary>Creates a key specialty.</summary>
    /// <param name="name">The specialty or department, such as 针灸科.</param>
    /// <param name="programme">The programme that recognises it.</param>
    /// <param name="level">The level of the programme, or null when not stated.</param>
    /// <param name="stage">The stage reached, or null when the title is simply held.</param>
    /// <param name="year">The year of the recognition, or null.</param>
    /// <param name="subjectCode">The 诊疗科目 of the specialty, or null.</param>
    /// <param name="programmeName">The programme's own name when it is more specific than the programme kind, such as 广元十大精品专科; or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900 to 9999, or <paramref name="programme"/>, <paramref name="level"/> or <paramref name="stage"/> is not a defined value.</exception>
    public KeySpecialty(string name, KeySpecialtyProgramme programme, KeySpecialtyLevel? level = null, KeySpecialtyStage? stage = null, int? year = null, ClinicalSubjectCode? subjectCode = null, string? programmeName = null)
    {
        Name = Preconditions.CheckNotBlank(name);
        Programme = Preconditions.CheckDefined(programme);
        Level = Preconditions.CheckDefined(level);
        Stage = Preconditions.CheckDefined(stage);
        Year = year;
        SubjectCode = subjectCode;
        ProgrammeName = string.IsNullOrWhiteSpace(programmeName) ? null : programmeName.Trim();
        if (Year is { } y)
        {
            Preconditions.CheckRange(y, 1900, 9999, nameof(year));
        }
    }

    /// <summary>Gets the specialty or department, such as 针灸科.</summary>
    public string Name { get; }

    /// <summary>Gets the programme that recognises it.</summary>
    public KeySpecialtyProgramme Programme { get; }

    /// <summary>Gets the level of the programme (国家级, 省级 …), or null when not stated.</summary>
    public KeySpecialtyLevel? Level { get; }

    /// <summary>Gets the stage reached (建设单位, 培育, 入围 …), or null when the title is simply held.</summary>
    public KeySpecialtyStage? Stage { get; }

    /// <summary>Gets the year of the recognition, or null when not stated.</summary>
    public int? Year { get; }

    /// <summary>Gets the 诊疗科目 of the specialty, or null.</summary>
    public ClinicalSubjectCode? SubjectCode { get; }

    /// <summary>Gets the programme's own name when more specific than the programme kind, such as 广元十大精品专科, or null.</summary>
    public string? ProgrammeName { get; }

    /// <summary>Gets the recognition as reports write it: "国家临床重点专科建设单位", "市级中医重点专科建设单位", "广元十大精品专科".</summary>
    public string Title => ProgrammeName ?? KeySpecialtyText.Title(Level, Programme, Stage);

    /// <summary>Returns "name (title)", such as "针灸科 (国家中医重点专科)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Title})";
}
