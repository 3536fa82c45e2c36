using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>
/// A hospital's level and grade together (医院等级), such as 三级甲等 (tertiary grade A): one of the
/// 14 combinations of the 1989 scheme, including 一级未评, 二级未评, 三级未评 and 未定级.
/// </summary>
/// <remarks>
/// <para>
/// The 14 combinations are 三级特等, 三级甲等, 三级乙等, 三级丙等, 二级甲等, 二级乙等, 二级丙等, 一级甲等,
/// 一级乙等, 一级丙等, 一级未评, 二级未评, 三级未评 and 未定级. <see cref="Code"/> numbers them 1–14 in that
/// order; that numbering is the one of a third-party code system (ChongqingCoreIG
/// CNHospitalLevelCS, status Secondary), not a national standard.
/// </para>
/// <para>
/// The text form is the Chinese name; <see cref="Parse"/> also accepts the short forms 三甲, 三乙, 二甲 …
/// The JSON form is a camelCase name such as "tertiaryGradeA". There is no order: whether 三级丙等
/// ranks above 二级甲等 depends on the purpose, so none is built in. The default value is 未定级.
/// </para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public readonly struct HospitalRating : IEquatable<HospitalRating>
{
    private static readonly (HospitalLevel Level, HospitalGrade Grade, string Chinese, string Name)[] Table =
    [
        (HospitalLevel.Tertiary, HospitalGrade.Special, "三级特等", "tertiarySpecial"),
        (HospitalLevel.Tertiary, HospitalGrade.A, "三级甲等", "tertiaryGradeA"),
        (HospitalLevel.Tertiary, HospitalGrade.B, "三级乙等", "tertiaryGradeB"),
        (HospitalLevel.Tertiary, HospitalGrade.C, "三级丙等", "tertiaryGradeC"),
        (HospitalLevel.Secondary, HospitalGrade.A, "二级甲等", "secondaryGradeA"),
        (HospitalLevel.Secondary, HospitalGrade.B, "二级乙等", "secondaryGradeB"),
        (HospitalLevel.Secondary, HospitalGrade.C, "二级丙等", "secondaryGradeC"),
        (HospitalLevel.Primary, HospitalGrade.A, "一级甲等", "primaryGradeA"),
        (HospitalLevel.Primary, HospitalGrade.B, "一级乙等", "primaryGradeB"),
        (HospitalLevel.Primary, HospitalGrade.C, "一级丙等", "primaryGradeC"),
        (HospitalLevel.Primary, HospitalGrade.Unrated, "一级未评", "primaryUnrated"),
        (HospitalLevel.Secondary, HospitalGrade.Unrated, "二级未评", "secondaryUnrated"),
        (HospitalLevel.Tertiary, HospitalGrade.Unrated, "三级未评", "tertiaryUnrated"),
        (HospitalLevel.Unclassified, HospitalGrade.Unrated, "未定级", "unclassified"),
    ];

    private readonly HospitalLevel _level;
    private readonly HospitalGrade _grade;

    private HospitalRating(HospitalLevel level, HospitalGrade grade)
    {
        _level = level;
        _grade = grade;
    }

    /// <summary>Gets 三级甲等, tertiary grade A.</summary>
    public static HospitalRating TertiaryGradeA => new(HospitalLevel.Tertiary, HospitalGrade.A);

    /// <summary>Gets 三级乙等, tertiary grade B.</summary>
    public static HospitalRating TertiaryGradeB => new(HospitalLevel.Tertiary, HospitalGrade.B);

    /// <summary>Gets 二级甲等, secondary grade A.</summary>
    public static HospitalRating SecondaryGradeA => new(HospitalLevel.Secondary, HospitalGrade.A);

    /// <summary>Gets 未定级, not yet given a level (the default value).</summary>
    public static HospitalRating Unclassified => default;

    /// <summary>Gets all 14 ratings in the order of <see cref="Code"/>.</summary>
    public static ImmutableArray<HospitalRating> All { get; } = [.. Table.Select(t => new HospitalRating(t.Level, t.Grade))];

    /// <summary>Gets the level.</summary>
    public HospitalLevel Level => _level;

    /// <summary>Gets the grade within the level.</summary>
    public HospitalGrade Grade => _grade;

    /// <summary>Gets the number 1–14 of the combination (third-party numbering, see the remarks).</summary>
    public int Code => IndexOf(_level, _grade) + 1;

    /// <summary>Gets the Chinese name, such as 三级甲等.</summary>
    public string ChineseName => Table[IndexOf(_level, _grade)].Chinese;

    /// <summary>Gets the camelCase name used in JSON, such as "tertiaryGradeA".</summary>
    public string Name => Table[IndexOf(_level, _grade)].Name;

    /// <summary>Creates a rating from a level and a grade.</summary>
    /// <param name="level">The level.</param>
    /// <param name="grade">The grade.</param>
    /// <returns>The rating.</returns>
    /// <exception cref="ArgumentException">The combination is not one of the 14, such as 二级特等 or 未定级 with a grade.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> or <paramref name="grade"/> is not a defined value.</exception>
    public static HospitalRating Create(HospitalLevel level, HospitalGrade grade)
    {
        Preconditions.CheckDefined(level);
        Preconditions.CheckDefined(grade);
        if (IndexOf(level, grade) < 0)
        {
            Preconditions.ThrowArgument(nameof(grade), $"grade {grade} is not defined for level {level}; 特等 exists only at level 3, and 未定级 takes no grade.");
        }

        return new HospitalRating(level, grade);
    }

    /// <summary>Parses the Chinese name (三级甲等, 未定级) or a short form (三甲, 二乙), or the camelCase name.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The rating.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a rating.</exception>
    public static HospitalRating Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var rating)
            ? rating
            : throw new FormatException($"'{text}' is not a hospital rating; expected one of 三级特等, 三级甲等 … 一级未评, 未定级 (or 三甲, 二乙 …).");
    }

    /// <summary>Tries to parse a rating; see <see cref="Parse"/>.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="rating">The rating, or 未定级 when parsing fails.</param>
    /// <returns>True when <paramref name="text"/> is a rating.</returns>
    public static bool TryParse(string? text, out HospitalRating rating)
    {
        rating = default;
        if (text is null)
        {
            return false;
        }

        foreach (var row in Table)
        {
            if (text == row.Chinese || text == row.Name
                || (text.Length == 2 && row.Grade is HospitalGrade.A or HospitalGrade.B or HospitalGrade.C && row.Chinese[0] == text[0] && row.Chinese[2] == text[1]))
            {
                rating = new HospitalRating(row.Level, row.Grade);
                return true;
            }
        }

        return false;
    }

    /// <summary>Compares two ratings for equality.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(HospitalRating left, HospitalRating right) => left.Equals(right);

    /// <summary>Compares two ratings for inequality.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(HospitalRating left, HospitalRating right) => !left.Equals(right);

    /// <summary>Returns the Chinese name, such as 三级甲等.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => ChineseName;

    /// <inheritdoc />
    public bool Equals(HospitalRating other) => _level == other._level && _grade == other._grade;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is HospitalRating other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_level, _grade);

    private static int IndexOf(HospitalLevel level, HospitalGrade grade) =>
        Array.FindIndex(Table, t => t.Level == level && t.Grade == grade);
}
