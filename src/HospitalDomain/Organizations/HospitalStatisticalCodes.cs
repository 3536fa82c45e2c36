namespace HospitalDomain.Organizations;

/// <summary>
/// The national statistical codes of a hospital's level and grade, as reporting systems code them:
/// 医院等级（级） 1 一级, 2 二级, 3 三级, 9 未定级; 医院等级（等） 1 甲等, 2 乙等, 3 丙等, 9 未定等.
/// </summary>
/// <remarks>
/// Source: third-party code implementing a provincial (Shanghai) reporting scheme; status Secondary. The
/// scheme has no code for 特等, so <see cref="StatisticalCode(HospitalGrade)"/> gives null for it. These
/// codes differ from <see cref="HospitalRating.Code"/>, which numbers the 14 combinations of the 1989 scheme.
/// </remarks>
public static class HospitalStatisticalCodes
{
    /// <summary>Gets the statistical code of a level: 1, 2, 3, or 9 for 未定级.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined value.</exception>
    public static int StatisticalCode(this HospitalLevel level) => level switch
    {
        HospitalLevel.Primary => 1,
        HospitalLevel.Secondary => 2,
        HospitalLevel.Tertiary => 3,
        HospitalLevel.Unclassified => 9,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, $"level {level} is not a defined HospitalLevel value."),
    };

    /// <summary>Gets the statistical code of a grade: 1 甲等, 2 乙等, 3 丙等, 9 未定等; null for 特等, which the scheme does not code.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The code, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grade"/> is not a defined value.</exception>
    public static int? StatisticalCode(this HospitalGrade grade) => grade switch
    {
        HospitalGrade.A => 1,
        HospitalGrade.B => 2,
        HospitalGrade.C => 3,
        HospitalGrade.Unrated => 9,
        HospitalGrade.Special => null,
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, $"grade {grade} is not a defined HospitalGrade value."),
    };

    /// <summary>Gets the level of a statistical code.</summary>
    /// <param name="code">1, 2, 3 or 9.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not 1, 2, 3 or 9.</exception>
    public static HospitalLevel LevelOf(int code) => code switch
    {
        1 => HospitalLevel.Primary,
        2 => HospitalLevel.Secondary,
        3 => HospitalLevel.Tertiary,
        9 => HospitalLevel.Unclassified,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, $"code must be 1, 2, 3 or 9 (未定级), was {code}."),
    };

    /// <summary>Gets the grade of a statistical code.</summary>
    /// <param name="code">1, 2, 3 or 9.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not 1, 2, 3 or 9.</exception>
    public static HospitalGrade GradeOf(int code) => code switch
    {
        1 => HospitalGrade.A,
        2 => HospitalGrade.B,
        3 => HospitalGrade.C,
        9 => HospitalGrade.Unrated,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, $"code must be 1, 2, 3 or 9 (未定等), was {code}."),
    };
}
