using System.Globalization;
using HospitalDomain.Indicators;

namespace HospitalDomain.Tests.TestHelpers;

/// <summary>Expected values written as invariant text in table-driven tests, compared at ten decimal places.</summary>
internal static class ExpectedDecimals
{
    public static decimal? Parse(string? text) => text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    public static decimal? Rounded(decimal? value) => value is { } v ? Math.Round(v, 10, MidpointRounding.AwayFromZero) : null;

    /// <summary>Checks a result against a row of hand-worked figures.</summary>
    public static void ShouldMatch(IndicatorResult result, IndicatorStatus status, string? value, string? numerator, string? denominator)
    {
        var code = result.Definition.Code;
        result.Status.Should().Be(status, code);
        Rounded(result.Value).Should().Be(Rounded(Parse(value)), code);
        Rounded(result.Numerator).Should().Be(Rounded(Parse(numerator)), code);
        Rounded(result.Denominator).Should().Be(Rounded(Parse(denominator)), code);
        result.MissingMetrics.Should().BeEmpty(code);
    }
}
