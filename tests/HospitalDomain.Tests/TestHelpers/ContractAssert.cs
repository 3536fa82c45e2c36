using System.Reflection;
using FluentAssertions;

namespace HospitalDomain.Tests.TestHelpers;

/// <summary>
/// One call checks a type's whole equality or ordering contract: <see cref="IEquatable{T}"/>,
/// <see cref="object.Equals(object)"/>, <see cref="object.GetHashCode"/>, the <c>==</c> and <c>!=</c>
/// operators (which every equatable public type must declare), and for ordered types
/// <see cref="IComparable{T}"/>, <see cref="IComparable"/> and the four relational operators.
/// </summary>
public static class ContractAssert
{
    /// <summary>Checks equality: <paramref name="value"/> equals <paramref name="equalValue"/> (a distinct instance) and none of <paramref name="unequalValues"/>.</summary>
    public static void Equality<T>(T value, T equalValue, params T[] unequalValues)
        where T : notnull, IEquatable<T>
    {
        object boxed = value;
        equalValue.Should().NotBeNull();
        if (!typeof(T).IsValueType)
        {
            ReferenceEquals(value, equalValue).Should().BeFalse("the equal value must be a distinct instance to test value equality");
        }

        var eq = Operator<T>("op_Equality");
        var ne = Operator<T>("op_Inequality");

        value.Equals(equalValue).Should().BeTrue("IEquatable<T>.Equals of equal values");
        equalValue.Equals(value).Should().BeTrue("IEquatable<T>.Equals is symmetric");
        value.Equals((object)equalValue!).Should().BeTrue("Equals(object) of equal values");
        value.GetHashCode().Should().Be(equalValue.GetHashCode(), "equal values have equal hash codes");
        eq(value, equalValue).Should().BeTrue("== of equal values");
        ne(value, equalValue).Should().BeFalse("!= of equal values");
        boxed.Equals(null).Should().BeFalse("nothing equals null");
        boxed!.Equals(new object()).Should().BeFalse("a value never equals an object of another type");
        value!.Equals(value).Should().BeTrue("equality is reflexive");

        foreach (var other in unequalValues)
        {
            value.Equals(other).Should().BeFalse("{0} must not equal {1}", value, other);
            other.Equals(value).Should().BeFalse("{0} must not equal {1}", other, value);
            value.Equals((object)other!).Should().BeFalse("Equals(object) of unequal values");
            eq(value, other).Should().BeFalse("== of unequal values");
            ne(value, other).Should().BeTrue("!= of unequal values");
        }

        if (!typeof(T).IsValueType)
        {
            eq(value, default!).Should().BeFalse("a value == null is false");
            eq(default!, default!).Should().BeTrue("null == null is true");
            ne(value, default!).Should().BeTrue("a value != null is true");
        }
    }

    /// <summary>Checks ordering and equality: <paramref name="ascending"/> lists distinct values in strictly ascending order.</summary>
    public static void Ordering<T>(params T[] ascending)
        where T : notnull, IComparable<T>, IEquatable<T>
    {
        ascending.Length.Should().BeGreaterThanOrEqualTo(2);
        var lt = Operator<T>("op_LessThan");
        var le = Operator<T>("op_LessThanOrEqual");
        var gt = Operator<T>("op_GreaterThan");
        var ge = Operator<T>("op_GreaterThanOrEqual");

        for (var i = 0; i < ascending.Length; i++)
        {
            var a = ascending[i];
            a.CompareTo(a).Should().Be(0, "a value compares equal to itself");
            le(a, a).Should().BeTrue();
            ge(a, a).Should().BeTrue();
            lt(a, a).Should().BeFalse();
            gt(a, a).Should().BeFalse();
            if (a is IComparable nonGeneric)
            {
                nonGeneric.CompareTo(a).Should().Be(0);
                nonGeneric.Invoking(c => c.CompareTo(new object())).Should().Throw<ArgumentException>();
            }

            for (var j = i + 1; j < ascending.Length; j++)
            {
                var b = ascending[j];
                a.CompareTo(b).Should().BeNegative($"{a} < {b}");
                b.CompareTo(a).Should().BePositive($"{b} > {a}");
                lt(a, b).Should().BeTrue($"{a} < {b}");
                le(a, b).Should().BeTrue($"{a} <= {b}");
                gt(a, b).Should().BeFalse($"!({a} > {b})");
                ge(a, b).Should().BeFalse($"!({a} >= {b})");
                gt(b, a).Should().BeTrue($"{b} > {a}");
                ge(b, a).Should().BeTrue($"{b} >= {a}");
                lt(b, a).Should().BeFalse($"!({b} < {a})");
                le(b, a).Should().BeFalse($"!({b} <= {a})");
                a.Equals(b).Should().BeFalse($"{a} != {b}");
                if (a is IComparable na)
                {
                    na.CompareTo(b).Should().BeNegative();
                }
            }
        }
    }

    private static Func<T, T, bool> Operator<T>(string name)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)]);
        method.Should().NotBeNull($"{typeof(T).Name} must declare the operator {name}");
        return (a, b) => (bool)method!.Invoke(null, [a, b])!;
    }
}
