using HospitalDomain.Commendations;

namespace HospitalDomain.Tests.Commendations;

public sealed class QuotaAllocationTests
{
    [Fact]
    public void NullLine_Throws()
    {
        var act = () => new QuotaAllocation(1, [new QuotaAllocationLine("A", 1, 1, 1), null!]);

        act.Should().Throw<ArgumentException>().WithMessage("lines must not contain null.*").And.ParamName.Should().Be("lines");
    }

    [Fact]
    public void Lines_AddingUpToTheLargestInt_AreAccepted()
    {
        var allocation = new QuotaAllocation(int.MaxValue, [new QuotaAllocationLine("A", int.MaxValue, int.MaxValue, int.MaxValue - 1), new QuotaAllocationLine("B", 1, 1, 1)]);

        allocation.Allocated.Should().Be(int.MaxValue);
        allocation.Shortfall.Should().Be(0);
    }

    [Fact]
    public void Lines_AddingUpBeyondTheLargestInt_Throw()
    {
        var act = () => new QuotaAllocation(1, [new QuotaAllocationLine("A", int.MaxValue, int.MaxValue, int.MaxValue), new QuotaAllocationLine("B", 2, 2, 2)]);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("the awards of the lines add up to 2147483649, more than 2147483647.*")
            .And.ParamName.Should().Be("lines");
    }

    [Fact]
    public void Indexer_UnknownCode_ThrowsKeyNotFound()
    {
        var allocation = new QuotaAllocation(3, [new QuotaAllocationLine("A", 10, 10, 3)]);

        allocation["A"].Should().Be(3);
        FluentActions.Invoking(() => allocation["B"]).Should().ThrowExactly<KeyNotFoundException>().WithMessage("'B' is not a department of the allocation.");
    }

    [Fact]
    public void ToString_GivesAllocatedOfRequested()
    {
        new QuotaAllocation(10, [new QuotaAllocationLine("A", 10, 2, 2), new QuotaAllocationLine("B", 5, 2, 2)]).ToString().Should().Be("4 of 10 allocated");
        new QuotaAllocation(0).ToString().Should().Be("0 of 0 allocated");
    }
}
