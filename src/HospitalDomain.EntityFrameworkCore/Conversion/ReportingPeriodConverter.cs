using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HospitalDomain.EntityFrameworkCore.Conversion;

/// <summary>Stores a <see cref="ReportingPeriod"/> as its invariant text form: 2023, 2023H1, 2023Q4, 2023-03 or 2023-01-01/2023-07-31.</summary>
/// <remarks>
/// At most 21 characters. The text sorts by period only within one kind (2023Q1 &lt; 2023Q2); to
/// order or partition by date, use the period's start (see docs/database.md). Reading a text that is
/// not a period throws <see cref="FormatException"/> quoting it. The default value (the single day
/// 0001-01-01, outside the years the factories accept) is stored as the empty text and read back as itself.
/// </remarks>
public sealed class ReportingPeriodConverter : ValueConverter<ReportingPeriod, string>
{
    /// <summary>Creates the converter.</summary>
    public ReportingPeriodConverter()
        : base(period => period.Equals(default) ? string.Empty : period.ToString(), text => text.Length == 0 ? default : ReportingPeriod.Parse(text), new ConverterMappingHints(size: 21, unicode: false))
    {
    }
}
