namespace HospitalDomain.Records;

/// <summary>The reporting period a discharge falls in, by its discharge date (CYSJ).</summary>
public enum PeriodGranularity
{
    /// <summary>The calendar year, such as 2023.</summary>
    Year = 0,

    /// <summary>The calendar quarter, such as 2023Q4.</summary>
    Quarter,

    /// <summary>The calendar month, such as 2023-03.</summary>
    Month,
}
