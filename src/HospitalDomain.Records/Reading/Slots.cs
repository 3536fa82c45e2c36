using System.Runtime.CompilerServices;

namespace HospitalDomain.Records.Reading;

/// <summary>The per-row contributions of the default rules, as fixed-point integers.</summary>
[InlineArray(Count)]
internal struct Slots
{
    public const int Count = 16;

    public const int Discharges = 0;
    public const int BedDays = 1;
    public const int Deaths = 2;
    public const int Surgeries = 3;
    public const int Level4 = 4;
    public const int Level3 = 5;
    public const int MinimallyInvasive = 6;
    public const int ClassOneOperations = 7;
    public const int ClassOneInfections = 8;
    public const int Revenue = 9;
    public const int DrugRevenue = 10;
    public const int Consumables = 11;
    public const int DrgCases = 12;
    public const int DrgWeight = 13;
    public const int LowRiskCases = 14;
    public const int LowRiskDeaths = 15;

    /// <summary>Decimal places of the money slots.</summary>
    public const int MoneyScale = 4;

    /// <summary>Decimal places of the DRG weight slot.</summary>
    public const int WeightScale = 8;

    private long _element;

    /// <summary>The metric code of each slot, or null for the DRG totals reported beside the metric sets.</summary>
    public static string?[] MetricCodes { get; } =
    [
        "discharges", "dischargedPatientBedDays", "inpatientDeaths", "surgeries", "level4Surgeries", "level3Surgeries", "minimallyInvasiveSurgeries",
        "classOneIncisionSurgeries", "classOneIncisionInfections", "inpatientRevenue", "inpatientDrugRevenue", "consumablesRevenue", null, null,
        "lowRiskGroupCases", "lowRiskGroupDeaths",
    ];

    public static int ScaleOf(int slot) => slot switch
    {
        Revenue or DrugRevenue or Consumables => MoneyScale,
        DrgWeight => WeightScale,
        _ => 0,
    };
}

/// <summary>A group's running sums: the default slots and the custom rules.</summary>
internal sealed class Accumulator(int customCount)
{
    private Slots _sums;

    public decimal[] Custom { get; } = new decimal[customCount];

    public long this[int slot] => _sums[slot];

    public void Add(in RowFacts facts, decimal[]? custom)
    {
        for (var i = 0; i < Slots.Count; i++)
        {
            _sums[i] += facts.Values[i];
        }

        if (custom is not null)
        {
            for (var i = 0; i < custom.Length; i++)
            {
                Custom[i] += custom[i];
            }
        }
    }
}

/// <summary>One accepted row as the ordered consumer needs it: where it is, its stay key, its group and its contributions.</summary>
internal struct RowFacts
{
    public long Line;
    public int Hospital;
    public ulong PackedStay;
    public string? TextStay;
    public int Group;
    public int Custom;
    public Slots Values;
}

/// <summary>The entity and period of a group, with the period as a number (year, year×4+quarter or year×12+month).</summary>
internal readonly record struct GroupKey(string Hospital, string? Department, int Period);
