using System.Globalization;

namespace HospitalDomain.Tests.TestHelpers;

/// <summary>Expected values written as invariant text in table-driven tests, compared at ten decimal places.</summary>
internal static class ExpectedDecimals
{
    public static decimal? Parse(string? text) => text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    public static decimal? Rounded(decimal? value) => value is { } v ? Math.Round(v, 10, MidpointRounding.AwayFromZero) : null;
}
