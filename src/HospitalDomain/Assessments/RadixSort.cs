namespace HospitalDomain.Assessments;

/// <summary>
/// A stable byte-wise radix sort of 64-bit keys by their upper half, and the order-preserving bits
/// of a single-precision number that such a key is built from.
/// </summary>
internal static class RadixSort
{
    /// <summary>The bits of <paramref name="value"/> as an unsigned number that orders as the value does.</summary>
    public static uint SortableBits(float value)
    {
        var bits = BitConverter.SingleToUInt32Bits(value);
        return (bits & 0x8000_0000u) != 0 ? ~bits : bits | 0x8000_0000u;
    }

    /// <summary>
    /// Sorts <paramref name="keys"/> by their upper 32 bits, stably (equal keys keep their order), with
    /// four byte-wide counting passes; a pass whose byte is the same in every key is skipped.
    /// </summary>
    /// <param name="keys">The keys; sorted in place.</param>
    /// <param name="scratch">A buffer at least as long as <paramref name="keys"/>.</param>
    public static void SortByHighHalf(Span<ulong> keys, Span<ulong> scratch)
    {
        Span<int> counts = stackalloc int[256];
        var source = keys;
        var target = scratch;
        for (var shift = 32; shift < 64; shift += 8)
        {
            counts.Clear();
            foreach (var key in source)
            {
                counts[(int)((key >> shift) & 0xFF)]++;
            }

            if (source.Length == 0 || counts[(int)((source[0] >> shift) & 0xFF)] == source.Length)
            {
                continue;
            }

            var total = 0;
            for (var b = 0; b < 256; b++)
            {
                var c = counts[b];
                counts[b] = total;
                total += c;
            }

            foreach (var key in source)
            {
                target[counts[(int)((key >> shift) & 0xFF)]++] = key;
            }

            var swap = source;
            source = target;
            target = swap;
        }

        if (source != keys)
        {
            source.CopyTo(keys);
        }
    }
}
