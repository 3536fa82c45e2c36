namespace HospitalDomain.Assessments;

/// <summary>
/// Puts one peer group's values of one indicator in exact ascending order, with buffers reused from
/// group to group: a radix sort on a 64-bit key (the order-preserving bits of the value's
/// single-precision approximation above the member index), then one exact decimal insertion pass,
/// which has little to do because the order is already nearly right.
/// </summary>
/// <param name="largestGroup">The most members a group sorted with it has.</param>
internal sealed class PeerGroupSort(int largestGroup)
{
    private readonly ulong[] _keys = new ulong[largestGroup];
    private readonly ulong[] _scratch = new ulong[largestGroup];

    /// <summary>Gets the values of the last sort in ascending order, in its first count elements.</summary>
    public decimal[] Sorted { get; } = new decimal[largestGroup];

    /// <summary>Gets the member index of each of <see cref="Sorted"/>.</summary>
    public int[] Order { get; } = new int[largestGroup];

    /// <summary>Sorts the values of the <paramref name="members"/> that have one.</summary>
    /// <param name="members">The group's member indices.</param>
    /// <param name="values">One rule's values, by member index.</param>
    /// <param name="flags">One rule's flags, by member index; a value is present where they are not 0.</param>
    /// <returns>The number of values sorted.</returns>
    public int Sort(int[] members, ReadOnlySpan<decimal> values, ReadOnlySpan<byte> flags)
    {
        var keys = _keys;
        var count = 0;
        foreach (var i in members)
        {
            if (flags[i] != 0)
            {
                keys[count++] = ((ulong)RadixSort.SortableBits((float)values[i]) << 32) | unchecked((uint)i);
            }
        }

        RadixSort.SortByHighHalf(keys.AsSpan(0, count), _scratch.AsSpan(0, count));
        var sorted = Sorted;
        var order = Order;
        for (var k = 0; k < count; k++)
        {
            var item = unchecked((int)(uint)keys[k]);
            var value = values[item];
            var j = k - 1;
            while (j >= 0 && sorted[j] > value)
            {
                sorted[j + 1] = sorted[j];
                order[j + 1] = order[j];
                j--;
            }

            sorted[j + 1] = value;
            order[j + 1] = item;
        }

        return count;
    }
}
