using System.Diagnostics;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Root;

[UseCulture("de-DE")]
public sealed class PreconditionsTests
{
    [Fact]
    public void CheckNotNull_Value_ReturnsIt_AndNull_NamesTheParameter()
    {
        var beds = "12";
        Preconditions.CheckNotNull(beds).Should().BeSameAs(beds);

        string? name = null;
        FluentActions.Invoking(() => Preconditions.CheckNotNull(name)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void CheckNotBlank_TrimsTheValue_AndRejectsNullEmptyAndWhiteSpace()
    {
        var name = "  某医院 ";
        Preconditions.CheckNotBlank(name).Should().Be("某医院");

        string? missing = null;
        FluentActions.Invoking(() => Preconditions.CheckNotBlank(missing)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("missing");
        foreach (var blank in new[] { string.Empty, " \t " })
        {
            FluentActions.Invoking(() => Preconditions.CheckNotBlank(blank)).Should().ThrowExactly<ArgumentException>()
                .WithMessage("blank must not be empty or white space. (Parameter 'blank')").And.ParamName.Should().Be("blank");
        }
    }

    [Fact]
    public void CheckNonNegative_ZeroAndAbove_PassAndBelow_NamesTheValue()
    {
        int beds = 0;
        long visits = 0;
        decimal share = 0m;
        Preconditions.CheckNonNegative(beds).Should().Be(0);
        Preconditions.CheckNonNegative(visits).Should().Be(0);
        Preconditions.CheckNonNegative(share).Should().Be(0m);
        Preconditions.CheckNonNegative(7).Should().Be(7);
        Preconditions.CheckNonNegative(7L).Should().Be(7L);
        Preconditions.CheckNonNegative(7.5m).Should().Be(7.5m);

        beds = -3;
        visits = -4;
        share = -0.5m;
        FluentActions.Invoking(() => Preconditions.CheckNonNegative(beds)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("beds must be non-negative, was -3. (Parameter 'beds')").And.ParamName.Should().Be("beds");
        FluentActions.Invoking(() => Preconditions.CheckNonNegative(visits)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("visits must be non-negative, was -4. (Parameter 'visits')");
        FluentActions.Invoking(() => Preconditions.CheckNonNegative(share)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("share must be non-negative, was -0.5. (Parameter 'share')").And.ParamName.Should().Be("share");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(12)]
    public void CheckRange_WithinOrAtEitherEnd_ReturnsTheValue(int month) =>
        Preconditions.CheckRange(month, 1, 12).Should().Be(month);

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void CheckRange_JustOutside_NamesTheRangeAndTheValue(int month) =>
        FluentActions.Invoking(() => Preconditions.CheckRange(month, 1, 12)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage($"month must be in the range [1, 12], was {month}. (Parameter 'month')").And.ParamName.Should().Be("month");

    [Fact]
    public void CheckDefined_NamedMember_ReturnsIt_AndOtherValue_ListsTheNames()
    {
        var kind = ReportingPeriodKind.Quarter;
        Preconditions.CheckDefined(kind).Should().Be(ReportingPeriodKind.Quarter);

        kind = (ReportingPeriodKind)9;
        FluentActions.Invoking(() => Preconditions.CheckDefined(kind)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("kind must be one of Custom, Year, HalfYear, Quarter, Month, was 9. (Parameter 'kind')").And.ParamName.Should().Be("kind");
    }

    [Fact]
    public void CheckDefined_Nullable_NullPasses_AndAGivenValueIsChecked()
    {
        ReportingPeriodKind? kind = null;
        Preconditions.CheckDefined(kind).Should().BeNull();
        kind = ReportingPeriodKind.Month;
        Preconditions.CheckDefined(kind).Should().Be(ReportingPeriodKind.Month);

        kind = (ReportingPeriodKind)(-1);
        FluentActions.Invoking(() => Preconditions.CheckDefined(kind)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("kind must be one of Custom, Year, HalfYear, Quarter, Month, was -1. (Parameter 'kind')");
    }

    [Fact]
    public void CheckArgument_WithAPlainMessage_ThrowsOnlyWhenTheConditionFails()
    {
        Preconditions.CheckArgument(true, "beds", "never shown");
        FluentActions.Invoking(() => Preconditions.CheckArgument(false, "beds", "beds must be given.")).Should().ThrowExactly<ArgumentException>()
            .WithMessage("beds must be given. (Parameter 'beds')").And.ParamName.Should().Be("beds");
    }

    [Fact]
    public void CheckArgument_WithAnInterpolatedMessage_FormatsItInvariantlyOnlyWhenTheConditionFails()
    {
        var formatted = 0;
        string Count()
        {
            formatted++;
            return "counted";
        }

        Preconditions.CheckArgument(true, "share", $"share {Count()} was {1.5m}.");
        formatted.Should().Be(0);

        FluentActions.Invoking(() => Preconditions.CheckArgument(false, "share", $"share {Count()} was {1.5m}, {2.25m:F3}, {(string?)null}{'x'}."))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("share counted was 1.5, 2.250, x. (Parameter 'share')").And.ParamName.Should().Be("share");
        formatted.Should().Be(1);
    }

    [Fact]
    public void CheckNoDuplicates_DistinctKeysPass_AndTheFirstRepeatedKeyIsNamed()
    {
        Preconditions.CheckNoDuplicates(new[] { "a1", "b1", "c1" }, x => x[0], "codes", "letter");
        FluentActions.Invoking(() => Preconditions.CheckNoDuplicates(new[] { "a1", "b1", "b2", "a2" }, x => x[0], "codes", "letter"))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("codes contains the letter 'b' more than once. (Parameter 'codes')").And.ParamName.Should().Be("codes");
    }

    [Fact]
    public void Unhandled_NamesTheEnumerationAndTheValue_OrNull()
    {
        Preconditions.Unhandled(null).Should().BeOfType<UnreachableException>()
            .Which.Message.Should().Be("A switch over an enumeration has no case for null.");
        Preconditions.Unhandled((ReportingPeriodKind)9).Message
            .Should().Be("ReportingPeriodKind value '9' is not handled; a member added to the enumeration needs its case here.");
    }

    [Fact]
    public void Throw_Helpers_ThrowTheirExceptionWithParameterAndMessage()
    {
        FluentActions.Invoking(() => Preconditions.ThrowNull("beds")).Should().ThrowExactly<ArgumentNullException>().WithParameterName("beds");
        FluentActions.Invoking(() => Preconditions.ThrowArgument("beds", "bad beds.")).Should().ThrowExactly<ArgumentException>()
            .WithMessage("bad beds. (Parameter 'beds')");
        FluentActions.Invoking(() => Preconditions.ThrowOutOfRange("beds", "too many beds.")).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("too many beds. (Parameter 'beds')");
    }
}
