using System.Collections.Immutable;

namespace HospitalDomain.Tests.Root;

public sealed class ImmutableArrayEqualityTests
{
    [Fact]
    public void SequenceEqual_SameItemsInOrder_IsTrue_AndDefaultIsEmpty()
    {
        ImmutableArrayEquality.SequenceEqual(ImmutableArray.Create(1, 2), ImmutableArray.Create(1, 2)).Should().BeTrue();
        ImmutableArrayEquality.SequenceEqual(default(ImmutableArray<int>), ImmutableArray<int>.Empty).Should().BeTrue();
        ImmutableArrayEquality.SequenceEqual(ImmutableArray<int>.Empty, default(ImmutableArray<int>)).Should().BeTrue();
        ImmutableArrayEquality.SequenceEqual(default(ImmutableArray<int>), default(ImmutableArray<int>)).Should().BeTrue();
    }

    [Fact]
    public void SequenceEqual_OtherLengthOrItemOrOrder_IsFalse()
    {
        ImmutableArrayEquality.SequenceEqual(ImmutableArray.Create(1, 2), ImmutableArray.Create(1, 2, 3)).Should().BeFalse();
        ImmutableArrayEquality.SequenceEqual(ImmutableArray.Create(1, 2), ImmutableArray.Create(1, 3)).Should().BeFalse();
        ImmutableArrayEquality.SequenceEqual(ImmutableArray.Create(1, 2), ImmutableArray.Create(2, 1)).Should().BeFalse();
        ImmutableArrayEquality.SequenceEqual(ImmutableArray.Create(3, 2), ImmutableArray.Create(1, 2)).Should().BeFalse();
        ImmutableArrayEquality.SequenceEqual(default(ImmutableArray<int>), ImmutableArray.Create(1)).Should().BeFalse();
        ImmutableArrayEquality.SequenceEqual(ImmutableArray.Create(1), default(ImmutableArray<int>)).Should().BeFalse();
    }

    [Fact]
    public void SequenceHash_EqualSequences_HashAlike_AndTheItemsCount()
    {
        var empty = new HashCode().ToHashCode();
        ImmutableArrayEquality.SequenceHash(default(ImmutableArray<string>)).Should().Be(empty);
        ImmutableArrayEquality.SequenceHash(ImmutableArray<string>.Empty).Should().Be(empty);

        var expected = new HashCode();
        expected.Add("a");
        expected.Add("b");
        ImmutableArrayEquality.SequenceHash(ImmutableArray.Create("a", "b")).Should().Be(expected.ToHashCode())
            .And.Be(ImmutableArrayEquality.SequenceHash(ImmutableArray.Create("a", "b")));
    }

    [Fact]
    public void ToImmutableOrEmpty_NullAndDefault_BecomeEmpty_AndItemsAreKept()
    {
        var fromNull = ImmutableArrayEquality.ToImmutableOrEmpty<int>(null);
        fromNull.IsDefault.Should().BeFalse();
        fromNull.Should().BeEmpty();

        var fromDefault = ImmutableArrayEquality.ToImmutableOrEmpty<int>(default(ImmutableArray<int>));
        fromDefault.IsDefault.Should().BeFalse();
        fromDefault.Should().BeEmpty();

        var array = ImmutableArray.Create(4, 5);
        ImmutableArrayEquality.ToImmutableOrEmpty<int>(array).Should().Equal(4, 5);
        ImmutableArrayEquality.ToImmutableOrEmpty(new List<int> { 6, 7 }).Should().Equal(6, 7);
    }
}
