using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class PeerGroupSortTests
{
    [Fact]
    public void Sort_OrdersTheReportedValuesExactly_EvenWhereFloatsCannotTellThemApart()
    {
        var sort = new PeerGroupSort(5);
        decimal[] values = [1.00000003m, 9m, 1.00000001m, 1.00000002m, -4m];
        byte[] flags = [1, 0, 1, 1, 1];

        var count = sort.Sort([0, 1, 2, 3, 4], values, flags);

        count.Should().Be(4);
        sort.Sorted.Take(count).Should().Equal(-4m, 1.00000001m, 1.00000002m, 1.00000003m);
        sort.Order.Take(count).Should().Equal(4, 2, 3, 0);
    }

    [Fact]
    public void Sort_EqualValues_KeepTheMembersOrder()
    {
        var sort = new PeerGroupSort(4);
        decimal[] values = [5m, 2m, 5m, 5m];

        var count = sort.Sort([0, 1, 2, 3], values, [1, 1, 1, 1]);

        count.Should().Be(4);
        sort.Order.Should().Equal(1, 0, 2, 3);
    }

    [Fact]
    public void Sort_OnlyTheGivenMembers()
    {
        var sort = new PeerGroupSort(2);
        decimal[] values = [3m, 2m, 1m];

        var count = sort.Sort([0, 2], values, [1, 1, 1]);

        count.Should().Be(2);
        sort.Order.Should().Equal(2, 0);
        sort.Sorted.Should().Equal(1m, 3m);
    }
}
