using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class PercentileStepperTests
{
    [Fact]
    public void Millionths_EveryPositionOfEveryGroupUpTo120_AgreesWithDivision()
    {
        for (var count = 1; count <= 120; count++)
        {
            var up = new PercentileStepper(count);
            var down = new PercentileStepper(count);
            for (var twice = 1; twice <= 2 * count; twice++)
            {
                up.Millionths(twice, lowerIsBetter: false).Should().Be(PercentileMillionthsByDivision(twice, count), $"count {count}, twice {twice}");
                down.Millionths(twice, lowerIsBetter: true).Should().Be(PercentileMillionthsByDivision((2 * count) - twice, count), $"count {count}, twice {twice}, lower is better");
            }
        }

        // The largest group the arithmetic allows.
        PercentileMillionthsByDivision(int.MaxValue, int.MaxValue).Should().Be(50_000_000);
        new PercentileStepper(int.MaxValue).Millionths(int.MaxValue, lowerIsBetter: true).Should().Be(50_000_000);
    }

    /// <summary>The definition, by one division: (2 × below + equal) × 50 ÷ count in millionths, rounded half away from zero.</summary>
    private static int PercentileMillionthsByDivision(int twice, int count)
    {
        var quotient = Math.DivRem(twice * 50_000_000L, count, out var remainder);
        return (int)(2 * remainder >= count ? quotient + 1 : quotient);
    }
}
