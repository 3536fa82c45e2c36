using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Metrics;

/// <summary>
/// A set of metric definitions, each with a dense index: the columns that a <see cref="MetricSet"/>
/// holds values for and that indicator formulas refer to.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Standard"/> is shipped as embedded data (Data/Metrics.json): the figures the national
/// performance indicators, the everyday operating ratios and the annual reports use — visits,
/// discharges, surgeries by level, bed-days, beds, staff, revenue and expense lines, assets,
/// research. A user can build a catalogue of their own (a province's extra figures) with the
/// constructor or <see cref="Load"/>.
/// </para>
/// <para>The catalogue is immutable and thread-safe. Two catalogues are the same catalogue only by reference.</para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public sealed class MetricCatalogue
{
    private static readonly Lazy<MetricCatalogue> StandardCatalogue = new(() => JsonContract.ReadEmbedded<MetricCatalogue>("Metrics.json"));

    private readonly FrozenDictionary<string, int> _indexByCode;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="id">A stable identifier, such as "standard".</param>
    /// <param name="title">A title.</param>
    /// <param name="metrics">The metrics; codes must be distinct. Their order gives their indices.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, a metric is null or a code repeats.</exception>
    public MetricCatalogue(string id, string title, IEnumerable<Metric> metrics)
    {
        Id = Preconditions.CheckNotBlank(id);
        Title = Preconditions.CheckNotBlank(title);
        Preconditions.CheckNotNull(metrics);
        Metrics = [.. metrics];
        foreach (var metric in Metrics)
        {
            Preconditions.CheckArgument(metric is not null, nameof(metrics), "metrics must not contain null.");
        }

        Preconditions.CheckNoDuplicates(Metrics, m => m.Code, nameof(metrics), "code");
        _indexByCode = Metrics.Select((m, i) => KeyValuePair.Create(m.Code, i)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the standard catalogue shipped with the library.</summary>
    public static MetricCatalogue Standard => StandardCatalogue.Value;

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the metrics in index order.</summary>
    public ImmutableArray<Metric> Metrics { get; }

    /// <summary>Gets the number of metrics.</summary>
    public int Count => Metrics.Length;

    /// <summary>Gets the metric with <paramref name="code"/>.</summary>
    /// <param name="code">The code, such as "discharges".</param>
    /// <returns>The metric.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No metric has the code.</exception>
    public Metric this[string code] => Metrics[IndexOf(code)];

    /// <summary>Gets the index of the metric with <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The index, 0 to <see cref="Count"/> − 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No metric has the code.</exception>
    public int IndexOf(string code)
    {
        Preconditions.CheckNotNull(code);
        return _indexByCode.TryGetValue(code, out var index)
            ? index
            : throw new KeyNotFoundException($"'{code}' is not a metric of the catalogue '{Id}'.");
    }

    /// <summary>Looks up the index of the metric with <paramref name="code"/>.</summary>
    /// <param name="code">The code, or null.</param>
    /// <param name="index">The index, or −1.</param>
    /// <returns>True when the catalogue has the metric.</returns>
    public bool TryGetIndex([NotNullWhen(true)] string? code, out int index)
    {
        index = -1;
        return code is not null && _indexByCode.TryGetValue(code, out index);
    }

    /// <summary>Returns whether <paramref name="metric"/> (by code and definition) belongs to this catalogue.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>True when the catalogue has an equal metric under the code.</returns>
    public bool Contains(Metric metric) => metric is not null && TryGetIndex(metric.Code, out var index) && Metrics[index] == metric;

    /// <summary>Loads a catalogue from JSON of the shape of docs/json.md.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or invalid; the path says where.</exception>
    public static MetricCatalogue Load(string json)
    {
        Preconditions.CheckNotNull(json);
        return JsonContract.Read<MetricCatalogue>(json);
    }

    /// <summary>Returns "id (n metrics)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} ({Count} metrics)";
}
