using HospitalDomain.Metrics;

namespace HospitalDomain.Indicators;

/// <summary>
/// The figures an edition's formulas read from one metric set, gathered into slots before any
/// formula is evaluated: one tight loop of independent loads (so that the cache misses of a set not
/// in cache overlap), then every formula reads the slots, which are in the first-level cache.
/// </summary>
/// <remarks>An empty value (<see cref="IsAvailable"/> false) stands for a previous set that was not given.</remarks>
internal readonly ref struct Figures
{
    private readonly ReadOnlySpan<decimal> _values;
    private readonly ReadOnlySpan<bool> _present;

    public Figures(ReadOnlySpan<decimal> values, ReadOnlySpan<bool> present)
    {
        _values = values;
        _present = present;
        IsAvailable = true;
    }

    /// <summary>Gets whether there is a set behind these figures.</summary>
    public bool IsAvailable { get; }

    /// <summary>
    /// Copies the values of <paramref name="metrics"/> (catalogue indices) of <paramref name="set"/> into
    /// <paramref name="slots"/>, each as the sum of that one figure (<see cref="ExactArithmetic.SumOfOne"/>), which differs only for a negative zero.
    /// </summary>
    public static void Gather(MetricSet set, ReadOnlySpan<int> metrics, ReadOnlySpan<int> slots, Span<decimal> values, Span<bool> present)
    {
        for (var k = 0; k < metrics.Length; k++)
        {
            var slot = slots[k];
            present[slot] = set.TryGetValueAt(metrics[k], out var value);
            values[slot] = ExactArithmetic.SumOfOne(value);
        }
    }

    /// <summary>Gets the value in <paramref name="slot"/>, when it was reported.</summary>
    public bool TryGet(int slot, out decimal value)
    {
        value = _values[slot];
        return _present[slot];
    }

    /// <summary>Gets whether the value in <paramref name="slot"/> was reported.</summary>
    public bool Has(int slot) => _present[slot];
}
