namespace HospitalDomain.EntityFrameworkCore.Records;

/// <summary>The key of a group of records: hospital, department (or null), year and the quarter or month within it (0 for a year).</summary>
internal sealed class GroupKey
{
    public string Hospital { get; set; } = string.Empty;

    public string? Department { get; set; }

    public int Year { get; set; }

    public int Part { get; set; }
}

/// <summary>One row of the push-down query: a group's key and its sums, each the SQL aggregate of one default rule.</summary>
internal sealed class GroupSums
{
    public string Hospital { get; set; } = string.Empty;

    public string? Department { get; set; }

    public int Year { get; set; }

    public int Part { get; set; }

    public long Discharges { get; set; }

    public long BedDays { get; set; }

    public long Deaths { get; set; }

    public long Surgeries { get; set; }

    public long Level4 { get; set; }

    public long Level3 { get; set; }

    public long MinimallyInvasive { get; set; }

    public long ClassOneOperations { get; set; }

    public long ClassOneInfections { get; set; }

    public decimal Revenue { get; set; }

    public decimal? Cost0 { get; set; }

    public decimal? Cost1 { get; set; }

    public decimal? Cost2 { get; set; }

    public decimal? Cost3 { get; set; }

    public decimal? Cost4 { get; set; }

    public decimal? Cost5 { get; set; }

    public decimal? Cost6 { get; set; }

    public decimal? Cost7 { get; set; }

    public long DrgCases { get; set; }

    public decimal? DrgWeight { get; set; }

    public long LowRiskCases { get; set; }

    public long LowRiskDeaths { get; set; }

    /// <summary>Rows with a procedure level (SSJBn) in any slot.</summary>
    public long WithLevel { get; set; }

    /// <summary>Rows with a procedure code in the first slot.</summary>
    public long WithCode { get; set; }

    /// <summary>Rows with an incision code in any slot.</summary>
    public long WithIncision { get; set; }

    /// <summary>Rows with a DRG group.</summary>
    public long WithDrgGroup { get; set; }

    /// <summary>Rows with a value in any drug cost field.</summary>
    public long WithDrug { get; set; }

    /// <summary>Rows with a value in any consumables cost field.</summary>
    public long WithConsumables { get; set; }

    /// <summary>The number of <c>CostN</c> properties: how many distinct drug and consumable fields a query can sum.</summary>
    public const int CostSlots = 8;
}
