using System.Globalization;
using HospitalDomain.Indicators;

namespace HospitalDomain.Tests.Root;

/// <summary>
/// The edges of <see cref="Ratio"/> and <see cref="Change"/> that the example tests leave open: the
/// fallback of a computable ratio, the largest number of format digits, the negative sign of the
/// provider on a percentage beyond the range of decimal, and the English summary of a change.
/// </summary>
public sealed class RatioChangeEdgeTests
{
    [Fact]
    public void Ratio_GetValueOrDefault_IsTheValueWhenComputableAndTheFallbackWhenNot()
    {
        Ratio.Of(1, 4).GetValueOrDefault(-1m).Should().Be(0.25m);
        Ratio.Of(1, 0).GetValueOrDefault(-1m).Should().Be(-1m);
    }

    [Fact]
    public void Ratio_Format_TakesUpToTenDigits()
    {
        Ratio.Of(1, 3).ToString("P10", CultureInfo.InvariantCulture).Should().Be("33.3333333333%");
        Ratio.Of(1, 3).ToString("F10", CultureInfo.InvariantCulture).Should().Be("0.3333333333");
        FluentActions.Invoking(() => Ratio.Of(1, 3).ToString("P11", CultureInfo.InvariantCulture)).Should().Throw<FormatException>();
    }

    [Fact]
    public void Ratio_PercentBeyondDecimal_WritesTheProvidersNegativeSign()
    {
        var provider = new NumberFormatInfo { NegativeSign = "\u2212" };

        Ratio.Of(-decimal.MaxValue, 1).ToString("P0", provider).Should().Be("\u22127922816251426433759354395033500%");
        Ratio.Of(decimal.MaxValue, 1).ToString("P0", provider).Should().Be("7922816251426433759354395033500%");
    }

    [Fact]
    public void Change_ToString_SummarisesInEnglish()
    {
        Change.Between(8.3m, 7.8m, ChangeValueKind.Percentage, IndicatorDirection.LowerIsBetter).ToString()
            .Should().Be("7.8 from 8.3: -0.5 pp (-6.02%), improved");
        Change.Between(100m, 110m).ToString().Should().Be("110 from 100: +10 (+10%), notjudged");
        Change.Between(0m, 5m, direction: IndicatorDirection.HigherIsBetter).ToString().Should().Be("5 from 0: +5, improved");
    }
}
