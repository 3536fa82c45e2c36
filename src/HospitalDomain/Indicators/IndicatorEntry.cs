using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>An indicator as it appears in one edition: its serial number there, its dimension and sub-dimension, and whether it is a national monitoring indicator (▲).</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class IndicatorEntry
{
    /// <summary>Creates an edition entry.</summary>
    /// <param name="serial">The serial number in the edition, such as "6" or "增1".</param>
    /// <param name="definition">The definition.</param>
    /// <param name="dimension">The dimension, such as 医疗质量.</param>
    /// <param name="subDimension">The sub-dimension, such as 功能定位, or null.</param>
    /// <param name="nationallyMonitored">Whether it is a national monitoring indicator (▲).</param>
    /// <param name="name">The indicator's name in this edition when it differs from the definition's (secondary No. 14 is 医疗盈余率 where the tertiary list says 收支结余), or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public IndicatorEntry(string serial, IndicatorDefinition definition, string dimension, string? subDimension = null, bool nationallyMonitored = false, string? name = null)
    {
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        Serial = Preconditions.CheckNotBlank(serial);
        Definition = Preconditions.CheckNotNull(definition);
        Dimension = Preconditions.CheckNotBlank(dimension);
        SubDimension = string.IsNullOrWhiteSpace(subDimension) ? null : subDimension.Trim();
        NationallyMonitored = nationallyMonitored;
    }

    /// <summary>Gets the serial number in the edition, such as "6" or "增1".</summary>
    public string Serial { get; }

    /// <summary>Gets the definition.</summary>
    public IndicatorDefinition Definition { get; }

    /// <summary>Gets the dimension (一级指标), such as 医疗质量.</summary>
    public string Dimension { get; }

    /// <summary>Gets the sub-dimension (二级指标), such as 功能定位, or null.</summary>
    public string? SubDimension { get; }

    /// <summary>Gets whether it is a national monitoring indicator (国家监测指标, ▲).</summary>
    public bool NationallyMonitored { get; }

    /// <summary>Gets the indicator's name in this edition when it differs from the definition's, or null.</summary>
    public string? Name { get; }

    /// <summary>Gets the name the edition prints: <see cref="Name"/>, else the definition's Chinese name.</summary>
    public string ChineseName => Name ?? Definition.ChineseName;

    /// <summary>Gets the stable code of the definition.</summary>
    public string Code => Definition.Code;

    /// <summary>Returns "serial 中文名", with ▲ for a national monitoring indicator.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Serial} {ChineseName}{(NationallyMonitored ? " ▲" : string.Empty)}";
}
