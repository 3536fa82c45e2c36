using System.Collections.Immutable;

namespace HospitalDomain;

/// <summary>
/// Structural equality for <see cref="ImmutableArray{T}"/> members. <see cref="ImmutableArray{T}"/>
/// compares by reference, which would break the value equality of the entities that hold one.
/// A default (uninitialized) array is treated as empty.
/// </summary>
internal static class ImmutableArrayEquality
{
    public static bool SequenceEqual<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        var a = left.IsDefault ? ImmutableArray<T>.Empty : left;
        var b = right.IsDefault ? ImmutableArray<T>.Empty : right;
        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int SequenceHash<T>(ImmutableArray<T> array)
    {
        var hash = new HashCode();
        if (!array.IsDefault)
        {
            foreach (var item in array)
            {
                hash.Add(item);
            }
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns <paramref name="items"/> as an immutable array; null becomes empty.</summary>
    public static ImmutableArray<T> ToImmutableOrEmpty<T>(IEnumerable<T>? items) =>
        items is null ? ImmutableArray<T>.Empty : items is ImmutableArray<T> array ? (array.IsDefault ? ImmutableArray<T>.Empty : array) : items.ToImmutableArray();
}
