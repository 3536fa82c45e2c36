using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Metrics;

/// <summary>The unit a figure is counted or measured in (计量单位), as Chinese hospital statistics write it.</summary>
/// <remarks><see cref="UnitExtensions.Symbol"/> gives the Chinese symbol used in reports, such as 人次 or 万元.</remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum Unit
{
    /// <summary>A pure number without a unit, such as a ratio written 1 : X.</summary>
    None = 0,

    /// <summary>Visits or patient episodes (人次).</summary>
    PersonTimes,

    /// <summary>Cases (例次 / 例).</summary>
    Cases,

    /// <summary>Operations (台次).</summary>
    Operations,

    /// <summary>People (人).</summary>
    Persons,

    /// <summary>Beds (张).</summary>
    Beds,

    /// <summary>Days (天).</summary>
    Days,

    /// <summary>Bed-days (床日).</summary>
    BedDays,

    /// <summary>Yuan (元).</summary>
    Yuan,

    /// <summary>Ten thousand yuan (万元).</summary>
    TenThousandYuan,

    /// <summary>Square metres (平方米).</summary>
    SquareMetres,

    /// <summary>Items (项).</summary>
    Items,

    /// <summary>A level of a graded scale (级).</summary>
    Level,

    /// <summary>Points of a score (分).</summary>
    Points,

    /// <summary>Per cent (%).</summary>
    Percent,

    /// <summary>Minutes (分钟).</summary>
    Minutes,

    /// <summary>Times, occurrences (次).</summary>
    Times,

    /// <summary>Units of anything counted (个).</summary>
    Pieces,

    /// <summary>Defined daily doses per 100 patient-days (DDDs).</summary>
    DddsPer100PatientDays,

    /// <summary>Years (年).</summary>
    Years,
}

/// <summary>Display helpers for <see cref="Unit"/>.</summary>
public static class UnitExtensions
{
    /// <summary>Gets the Chinese symbol of the unit as reports print it: 人次, 台次, 天, 万元, % …; empty for <see cref="Unit.None"/>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The symbol.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined value.</exception>
    public static string Symbol(this Unit unit) => unit switch
    {
        Unit.None => string.Empty,
        Unit.PersonTimes => "人次",
        Unit.Cases => "例次",
        Unit.Operations => "台次",
        Unit.Persons => "人",
        Unit.Beds => "张",
        Unit.Days => "天",
        Unit.BedDays => "床日",
        Unit.Yuan => "元",
        Unit.TenThousandYuan => "万元",
        Unit.SquareMetres => "平方米",
        Unit.Items => "项",
        Unit.Level => "级",
        Unit.Points => "分",
        Unit.Percent => "%",
        Unit.Minutes => "分钟",
        Unit.Times => "次",
        Unit.Pieces => "个",
        Unit.DddsPer100PatientDays => "DDDs",
        Unit.Years => "年",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "unit is not a defined Unit value."),
    };
}
