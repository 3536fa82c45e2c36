using FsCheck.Xunit;
using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class RadixSortTests
{
    [Property(MaxTest = 200)]
    public void SortByHighHalf_KeysOfSortableBits_OrderAsTheValuesDoAndStably(float[] values)
    {
        var finite = values.Where(float.IsFinite).ToArray();
        var keys = finite.Select((v, i) => ((ulong)RadixSort.SortableBits(v) << 32) | (uint)i).ToArray();
        RadixSort.SortByHighHalf(keys, new ulong[keys.Length]);

        var sorted = keys.Select(k => finite[(int)(uint)k]).ToArray();
        sorted.Should().BeInAscendingOrder();

        // Stable: equal values keep their input order.
        for (var k = 1; k < keys.Length; k++)
        {
            if (sorted[k] == sorted[k - 1] && BitConverter.SingleToUInt32Bits(sorted[k]) == BitConverter.SingleToUInt32Bits(sorted[k - 1]))
            {
                ((uint)keys[k]).Should().BeGreaterThan((uint)keys[k - 1]);
            }
        }
    }
}
