using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HospitalDomain.Commendations;

namespace HospitalDomain.Tests.Commendations;

public sealed class AwardQuotaAllocatorTests
{
    [Fact]
    public void HandWorkedExample()
    {
        // 10 awards over eligible staff 50 (60 less 10 leaders), 30, 20: quotas 5, 3, 2 exactly.
        // 7 awards: quotas 3.5, 2.1, 1.4 → floors 3, 2, 1 = 6; the one left goes to the largest remainder (0.5, A).
        var departments = new[] { new QuotaDepartment("A", 60, excluded: 10), new QuotaDepartment("B", 30), new QuotaDepartment("C", 20) };

        var ten = AwardQuotaAllocator.Allocate(10, departments);
        ten.Lines.Select(l => l.Awards).Should().Equal(5, 3, 2);
        var seven = AwardQuotaAllocator.Allocate(7, departments);
        seven.Lines.Select(l => l.Awards).Should().Equal(4, 2, 1);
        seven.Shortfall.Should().Be(0);
    }

    [Fact]
    public void Caps_AndThePerKRule_RedistributeOrLeaveAShortfall()
    {
        var departments = new[] { new QuotaDepartment("A", 100, cap: 2), new QuotaDepartment("B", 50), new QuotaDepartment("C", 10) };

        // Over 160 eligible A's exact quota is 6.25, above its cap: A gets 2. The other 8 are shared over
        // B and C (60 eligible): 6.67 and 1.33 → 6 and 1, and the last award to B, the larger remainder.
        // (Rounding first and redistributing after would give C a second round-up: 2, 6, 2.)
        var capped = AwardQuotaAllocator.Allocate(10, departments);
        capped["A"].Should().Be(2);
        capped["B"].Should().Be(7);
        capped["C"].Should().Be(1);

        // One nominee per 20 staff: A ≤ 2 (its cap), B ≤ 2, C ≤ 0: only 4 of 10 can be placed.
        var perK = AwardQuotaAllocator.Allocate(10, departments, staffPerNominee: 20);
        perK.Lines.Select(l => l.Limit).Should().Equal(2, 2, 0);
        perK.Allocated.Should().Be(4);
        perK.Shortfall.Should().Be(6);
    }

    [Fact]
    public void Limits_AreSettledBeforeRounding_SoALargerRemainderIsNeverPassedOver()
    {
        // 24 awards over A 15, B 15 (cap 6), C 30, D 19 (cap 1); 79 eligible.
        // D's quota 5.77 reaches its cap: D gets 1. The other 23 over A, B, C (60 eligible): 5.75, 5.75,
        // 11.5 → 5, 5, 11 and the 2 left to A and B (remainder .75 each, before C's .5). B's quota stays
        // below its cap of 6, so it is not limited.
        var allocation = AwardQuotaAllocator.Allocate(24, [new QuotaDepartment("A", 15), new QuotaDepartment("B", 15, cap: 6), new QuotaDepartment("C", 30), new QuotaDepartment("D", 19, cap: 1)]);

        allocation.Lines.Select(l => l.Awards).Should().Equal(6, 6, 11, 1);
        allocation.Shortfall.Should().Be(0);
    }

    [Fact]
    public void Ties_AreBrokenByEligibleStaffThenCode()
    {
        var allocation = AwardQuotaAllocator.Allocate(1, [new QuotaDepartment("B", 10), new QuotaDepartment("A", 10), new QuotaDepartment("C", 10)]);
        allocation["A"].Should().Be(1);
    }

    [Fact]
    public void Validation()
    {
        FluentActions.Invoking(() => AwardQuotaAllocator.Allocate(-1, [])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("awards must be non-negative, was -1.*");
        FluentActions.Invoking(() => AwardQuotaAllocator.Allocate(1, [new QuotaDepartment("A", 1), new QuotaDepartment("A", 2)])).Should().Throw<ArgumentException>().WithMessage("departments contains the department 'A' more than once.*");
        FluentActions.Invoking(() => new QuotaDepartment("A", 5, excluded: 6)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("excluded must be in the range [0, 5], was 6.*");
    }

    [Fact]
    public void Ties_InTheRemainder_GoToTheLargerEligibleStaffBeforeTheCode()
    {
        // 3 awards over A 1, B 3, C 2 (6 eligible): quotas 0.5, 1.5, 1 → floors 0, 1, 1. A and B tie on
        // the remainder .5; B has more eligible staff, so B takes the last award although A comes first by code.
        var allocation = AwardQuotaAllocator.Allocate(3, [new QuotaDepartment("A", 1), new QuotaDepartment("B", 3), new QuotaDepartment("C", 2)]);

        allocation.Lines.Select(l => l.Awards).Should().Equal(0, 2, 1);
    }

    [Fact]
    public void Allocate_NullDepartments_Throws()
    {
        var act = () => AwardQuotaAllocator.Allocate(1, null!);

        act.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("departments");
    }

    [Fact]
    public void Allocate_NullDepartment_Throws()
    {
        var act = () => AwardQuotaAllocator.Allocate(1, [new QuotaDepartment("A", 1), null!]);

        act.Should().Throw<ArgumentException>().WithMessage("departments must not contain null.*").And.ParamName.Should().Be("departments");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Allocate_StaffPerNomineeBelowOne_Throws(int staffPerNominee)
    {
        var act = () => AwardQuotaAllocator.Allocate(1, [new QuotaDepartment("A", 10)], staffPerNominee);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"staffPerNominee must be in the range [1, 2147483647], was {staffPerNominee}.*")
            .And.ParamName.Should().Be("staffPerNominee");
    }

    [Fact]
    public void Allocate_OneStaffPerNominee_LimitsNothingBeyondTheEligibleStaff()
    {
        var allocation = AwardQuotaAllocator.Allocate(3, [new QuotaDepartment("A", 2), new QuotaDepartment("B", 4)], staffPerNominee: 1);

        allocation.Lines.Select(l => l.Limit).Should().Equal(2, 4);
        allocation.Lines.Select(l => l.Awards).Should().Equal(1, 2);
    }

    private static Arbitrary<(int Awards, QuotaDepartment[] Departments, int? K)> Inputs() =>
        (from awards in Gen.Choose(0, 300)
         from count in Gen.Choose(1, 30)
         from sizes in Gen.ListOf(Gen.Choose(0, 200), count)
         from excluded in Gen.ListOf(Gen.Choose(0, 5), count)
         from k in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 15).Select(v => (int?)v))
         select (awards, sizes.Select((s, i) => new QuotaDepartment($"D{i:00}", s, Math.Min(excluded[i], s))).ToArray(), k)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Allocations_SumToNUnlessLimited_AndRespectLimits() =>
        Prop.ForAll(Inputs(), input =>
        {
            var allocation = AwardQuotaAllocator.Allocate(input.Awards, input.Departments, input.K);
            var capacity = allocation.Lines.Sum(l => l.Limit);
            return allocation.Allocated == Math.Min(input.Awards, capacity)
                && allocation.Lines.All(l => l.Awards >= 0 && l.Awards <= l.Limit && l.Awards <= l.Eligible);
        });

    [Property(MaxTest = 300)]
    public Property MoreEligibleStaff_NeverGetsFewerAwards() =>
        Prop.ForAll(Inputs(), input =>
        {
            var allocation = AwardQuotaAllocator.Allocate(input.Awards, input.Departments, input.K);
            var lines = allocation.Lines;
            return lines.All(a => lines.All(b => a.Eligible <= b.Eligible || a.Awards >= b.Awards));
        });

    [Property(MaxTest = 200)]
    public Property SameInput_SameOutput_WhateverTheOrder() =>
        Prop.ForAll(Inputs(), input =>
        {
            var forward = AwardQuotaAllocator.Allocate(input.Awards, input.Departments, input.K);
            var backward = AwardQuotaAllocator.Allocate(input.Awards, input.Departments.Reverse(), input.K);
            return forward.Lines.All(l => backward[l.Code] == l.Awards);
        });
}
