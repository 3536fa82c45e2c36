using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Metrics;

/// <summary>
/// The values of many metrics for one entity (a hospital, a department) and one reporting period:
/// an immutable, dense array aligned to a <see cref="MetricCatalogue"/>, built with a
/// <see cref="MetricSetBuilder"/>.
/// </summary>
/// <remarks>
/// <para>
/// A metric that was not reported is <em>missing</em>, which is different from a reported zero:
/// <see cref="TryGetValue(Metric, out decimal)"/> returns false and the indexer returns null. Values
/// are checked against their metric's kind when set (a count is a non-negative whole number,
/// money may be negative).
/// </para>
/// <para>
/// Lookups by metric or code cost one hash lookup; <see cref="TryGetValueAt"/> reads by catalogue
/// index with none, which is what compiled indicator formulas use. Equality compares the catalogue
/// (by reference), the entity, the period and every value and presence.
/// </para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public sealed class MetricSet : IEquatable<MetricSet>
{
    private readonly decimal[] _values;
    private readonly bool[] _present;

    internal MetricSet(MetricCatalogue catalogue, string entity, ReportingPeriod period, decimal[] values, bool[] present)
    {
        Catalogue = catalogue;
        Entity = entity;
        Period = period;
        _values = values;
        _present = present;
        Count = present.Count(p => p);
    }

    /// <summary>Gets the catalogue the values are aligned to.</summary>
    public MetricCatalogue Catalogue { get; }

    /// <summary>Gets the entity the values belong to: a hospital or department identifier.</summary>
    public string Entity { get; }

    /// <summary>Gets the reporting period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the number of metrics with a value.</summary>
    public int Count { get; }

    /// <summary>Gets the value of <paramref name="metric"/>, or null when it is missing.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The value or null.</returns>
    /// <exception cref="ArgumentException">The metric is not in the catalogue.</exception>
    public decimal? this[Metric metric] => TryGetValue(metric, out var value) ? value : null;

    /// <summary>Gets the value of the metric with <paramref name="code"/>, or null when it is missing.</summary>
    /// <param name="code">The metric code.</param>
    /// <returns>The value or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalogue has no such metric.</exception>
    public decimal? this[string code] => TryGetValueAt(Catalogue.IndexOf(code), out var value) ? value : null;

    /// <summary>Starts a builder for values of <paramref name="catalogue"/>'s metrics.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="entity">The entity, such as a hospital name or code.</param>
    /// <param name="period">The reporting period.</param>
    /// <returns>An empty builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="entity"/> is blank.</exception>
    public static MetricSetBuilder CreateBuilder(MetricCatalogue catalogue, string entity, ReportingPeriod period) => new(catalogue, entity, period);

    /// <summary>Compares two sets for equality.</summary>
    /// <param name="left">The first set, or null.</param>
    /// <param name="right">The second set, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(MetricSet? left, MetricSet? right) => Equals(left, right);

    /// <summary>Compares two sets for inequality.</summary>
    /// <param name="left">The first set, or null.</param>
    /// <param name="right">The second set, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(MetricSet? left, MetricSet? right) => !Equals(left, right);

    /// <summary>Gets the value of <paramref name="metric"/> when it was reported.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="value">The value, or zero when missing.</param>
    /// <returns>True when the metric has a value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    /// <exception cref="ArgumentException">The metric is not in the catalogue.</exception>
    public bool TryGetValue(Metric metric, out decimal value)
    {
        Preconditions.CheckNotNull(metric);
        if (!Catalogue.TryGetIndex(metric.Code, out var index))
        {
            Preconditions.ThrowArgument(nameof(metric), $"metric '{metric.Code}' is not in the catalogue '{Catalogue.Id}'.");
        }

        return TryGetValueAt(index, out value);
    }

    /// <summary>Gets the value at a catalogue index when it was reported; no lookup, for compiled formulas.</summary>
    /// <param name="index">The index in <see cref="Catalogue"/>.</param>
    /// <param name="value">The value, or zero when missing.</param>
    /// <returns>True when the metric has a value.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the catalogue.</exception>
    public bool TryGetValueAt(int index, out decimal value)
    {
        value = _values[index];
        return _present[index];
    }

    /// <summary>Gets the values by catalogue index (zero where not reported), for compiled formulas; never written.</summary>
    internal decimal[] ValueArray => _values;

    /// <summary>Gets whether each metric was reported, by catalogue index, for compiled formulas; never written.</summary>
    internal bool[] PresentArray => _present;

    /// <summary>Gets the metrics with a value, in catalogue order.</summary>
    /// <returns>Pairs of metric and value.</returns>
    public IEnumerable<KeyValuePair<Metric, decimal>> Values()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_present[i])
            {
                yield return KeyValuePair.Create(Catalogue.Metrics[i], _values[i]);
            }
        }
    }

    /// <summary>Starts a builder holding this set's values, to change some of them.</summary>
    /// <returns>A builder.</returns>
    public MetricSetBuilder ToBuilder()
    {
        var builder = new MetricSetBuilder(Catalogue, Entity, Period);
        foreach (var (metric, value) in Values())
        {
            builder.Set(metric, value);
        }

        return builder;
    }

    /// <inheritdoc />
    public bool Equals(MetricSet? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || ReferenceEquals(Catalogue, other.Catalogue) && Entity == other.Entity && Period == other.Period
               && _present.AsSpan().SequenceEqual(other._present) && _values.AsSpan().SequenceEqual(other._values));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MetricSet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Catalogue, Entity, Period, Count);

    /// <summary>Returns "entity period (n values)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Entity} {Period} ({Count} values)");

    /// <summary>Loads a set for a catalogue other than the standard one from JSON of the shape of docs/json.md.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="catalogue">The catalogue the metric codes refer to.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed, names an unknown metric or holds an invalid value.</exception>
    public static MetricSet Load(string json, MetricCatalogue catalogue)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckNotNull(catalogue);
        return FromDocument(JsonContract.Read<MetricSetDocument>(json), catalogue);
    }

    /// <summary>The JSON form: the catalogue named unless it is the standard one, values by code.</summary>
    internal MetricSetDocument ToDocument()
    {
        var values = ImmutableArray.CreateBuilder<KeyValuePair<string, decimal>>(Count);
        for (var i = 0; i < _values.Length; i++)
        {
            if (_present[i])
            {
                values.Add(KeyValuePair.Create(Catalogue.Metrics[i].Code, _values[i]));
            }
        }

        return new(ReferenceEquals(Catalogue, MetricCatalogue.Standard) ? null : Catalogue.Id, Entity, Period, values.MoveToImmutable());
    }

    /// <summary>Binds a JSON form to the standard catalogue (other catalogues are read with <see cref="Load"/>).</summary>
    /// <exception cref="JsonException">The document names another catalogue, an unknown metric or an invalid value.</exception>
    internal static MetricSet FromDocument(MetricSetDocument document) => FromDocument(document, MetricCatalogue.Standard);

    /// <summary>Binds a JSON form to <paramref name="catalogue"/>: every code must be one of its metrics, every value valid for it.</summary>
    /// <exception cref="JsonException">The document names another catalogue, an unknown metric or an invalid value; the message gives the path.</exception>
    internal static MetricSet FromDocument(MetricSetDocument document, MetricCatalogue catalogue)
    {
        if (document.Catalogue is { } id && id != catalogue.Id)
        {
            throw JsonPaths.At(".catalogue", $"The metric set refers to the catalogue '{id}' but is read with '{catalogue.Id}'.");
        }

        MetricSetBuilder builder;
        try
        {
            builder = CreateBuilder(catalogue, document.Entity, document.Period);
        }
        catch (ArgumentException e)
        {
            throw JsonPaths.Invalid(nameof(MetricSet), e);
        }

        foreach (var (code, value) in document.Values)
        {
            if (!catalogue.TryGetIndex(code, out var index))
            {
                throw JsonPaths.At(".values." + code, $"Unknown metric '{code}' in the catalogue '{catalogue.Id}'.");
            }

            try
            {
                builder.SetAt(index, value);
            }
            catch (ArgumentException e)
            {
                throw JsonPaths.At(".values." + code, $"Invalid MetricSet: {e.Message}", e);
            }
        }

        return builder.Build();
    }
}

/// <summary>Collects the values of a <see cref="MetricSet"/>; not thread-safe. <see cref="Build"/> copies, so a builder can be reused.</summary>
public sealed class MetricSetBuilder
{
    private readonly decimal[] _values;
    private readonly bool[] _present;

    internal MetricSetBuilder(MetricCatalogue catalogue, string entity, ReportingPeriod period)
    {
        Catalogue = Preconditions.CheckNotNull(catalogue);
        Entity = Preconditions.CheckNotBlank(entity);
        Period = period;
        _values = new decimal[catalogue.Count];
        _present = new bool[catalogue.Count];
    }

    /// <summary>Gets the catalogue.</summary>
    public MetricCatalogue Catalogue { get; }

    /// <summary>Gets the entity.</summary>
    public string Entity { get; }

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Sets the value of <paramref name="metric"/>, replacing any earlier one.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    /// <exception cref="ArgumentException">The metric is not in the catalogue.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is invalid for the metric's kind.</exception>
    public MetricSetBuilder Set(Metric metric, decimal value)
    {
        Preconditions.CheckNotNull(metric);
        if (!Catalogue.TryGetIndex(metric.Code, out var index))
        {
            Preconditions.ThrowArgument(nameof(metric), $"metric '{metric.Code}' is not in the catalogue '{Catalogue.Id}'.");
        }

        return SetAt(index, value);
    }

    /// <summary>Sets the value of the metric with <paramref name="code"/>.</summary>
    /// <param name="code">The metric code.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalogue has no such metric.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is invalid for the metric's kind.</exception>
    public MetricSetBuilder Set(string code, decimal value) => SetAt(Catalogue.IndexOf(code), value);

    /// <summary>Removes the value of the metric with <paramref name="code"/>, making it missing.</summary>
    /// <param name="code">The metric code.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalogue has no such metric.</exception>
    public MetricSetBuilder Remove(string code)
    {
        var index = Catalogue.IndexOf(code);
        _present[index] = false;
        _values[index] = 0m;
        return this;
    }

    /// <summary>Builds the immutable set.</summary>
    /// <returns>The set.</returns>
    public MetricSet Build() => new(Catalogue, Entity, Period, (decimal[])_values.Clone(), (bool[])_present.Clone());

    internal MetricSetBuilder SetAt(int index, decimal value)
    {
        Catalogue.Metrics[index].CheckValue(value, "value");
        _values[index] = value;
        _present[index] = true;
        return this;
    }
}
