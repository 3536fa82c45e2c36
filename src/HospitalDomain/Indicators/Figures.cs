using HospitalDomain.Metrics;

namespace HospitalDomain.Indicators;

/// <summary>
/// The figures of one metric set as the checked formulas of <see cref="CompiledIndicator"/> read
/// them: by catalogue index, straight from the set's own arrays, each value as the sum of that one
/// figure (<see cref="ExactArithmetic.SumOfOne"/>, which differs from the figure only for a negative zero).
/// </summary>
/// <remarks>An empty value (<see cref="IsAvailable"/> false) stands for a previous set that was not given.</remarks>
internal readonly ref struct Figures
{
    private readonly ReadOnlySpan<decimal> _values;
    private readonly ReadOnlySpan<bool> _present;

    /// <summary>The figures of <paramref name="set"/>.</summary>
    public Figures(MetricSet set)
    {
        _values = set.ValueArray;
        _present = set.PresentArray;
        IsAvailable = true;
    }

    /// <summary>Gets whether there is a set behind these figures.</summary>
    public bool IsAvailable { get; }

    /// <summary>The figures of <paramref name="set"/>, or none when it is null.</summary>
    public static Figures Of(MetricSet? set) => set is null ? default : new Figures(set);

    /// <summary>Gets the value of the metric at catalogue index <paramref name="metric"/>, when it was reported.</summary>
    public bool TryGet(int metric, out decimal value)
    {
        value = ExactArithmetic.SumOfOne(in _values[metric]);
        return _present[metric];
    }

    /// <summary>Gets whether the metric at catalogue index <paramref name="metric"/> was reported.</summary>
    public bool Has(int metric) => _present[metric];
}
