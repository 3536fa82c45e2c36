using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>
/// A named, dated, versioned list of indicators, such as the national tertiary list of 2019 or the
/// 2020 manual's 55 + 1: each entry with its serial number, dimension and ▲ flag in that edition.
/// </summary>
/// <remarks>
/// <para>
/// The shipped editions are in <see cref="IndicatorEditions"/>. A province's or a hospital's own
/// edition is loaded with <see cref="Load"/> from the same JSON shape: its entries refer to the
/// shipped definitions by code, and may define new indicators (or override shipped ones) in a
/// <c>definitions</c> array.
/// </para>
/// <para>An edition is immutable and thread-safe; editions compare by reference.</para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public sealed class IndicatorEdition
{
    private readonly FrozenDictionary<string, int> _indexByCode;

    /// <summary>Creates an edition.</summary>
    /// <param name="id">A stable identifier such as "national-tertiary-2020".</param>
    /// <param name="title">The title, such as 国家三级公立医院绩效考核指标.</param>
    /// <param name="year">The year of the edition, 1900 to 9999.</param>
    /// <param name="publisher">Who issued it.</param>
    /// <param name="source">Where the list comes from.</param>
    /// <param name="status">How well established the list (membership, serial numbers, ▲) is.</param>
    /// <param name="entries">The entries; codes and serial numbers must be distinct.</param>
    /// <param name="englishTitle">An English title, or null.</param>
    /// <param name="basis">The founding document, such as 国办发〔2019〕4号, or null.</param>
    /// <param name="aliases">Other names of its indicators; each must name an entry's code.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, a code or serial repeats, or an alias names no entry.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900 to 9999, or <paramref name="status"/> is not a defined value.</exception>
    public IndicatorEdition(string id, string title, int year, string publisher, string source, SourceStatus status, IEnumerable<IndicatorEntry> entries, string? englishTitle = null, string? basis = null, IEnumerable<IndicatorAlias>? aliases = null)
    {
        Id = Preconditions.CheckNotBlank(id);
        Title = Preconditions.CheckNotBlank(title);
        Year = Preconditions.CheckRange(year, 1900, 9999);
        Publisher = Preconditions.CheckNotBlank(publisher);
        Source = Preconditions.CheckNotBlank(source);
        Status = Preconditions.CheckDefined(status);
        EnglishTitle = string.IsNullOrWhiteSpace(englishTitle) ? null : englishTitle.Trim();
        Basis = string.IsNullOrWhiteSpace(basis) ? null : basis.Trim();
        Preconditions.CheckNotNull(entries);
        Entries = [.. entries];
        foreach (var entry in Entries)
        {
            Preconditions.CheckArgument(entry is not null, nameof(entries), "entries must not contain null.");
        }

        Preconditions.CheckNoDuplicates(Entries, e => e.Code, nameof(entries), "indicator");
        Preconditions.CheckNoDuplicates(Entries, e => e.Serial, nameof(entries), "serial number");
        _indexByCode = Entries.Select((e, i) => KeyValuePair.Create(e.Code, i)).ToFrozenDictionary(StringComparer.Ordinal);
        Aliases = ImmutableArrayEquality.ToImmutableOrEmpty(aliases);
        foreach (var alias in Aliases)
        {
            Preconditions.CheckArgument(alias is not null && _indexByCode.ContainsKey(alias.Code), nameof(aliases), $"aliases refers to '{alias?.Code}', which is not an indicator of the edition.");
        }
    }

    /// <summary>Gets the identifier, such as "national-tertiary-2020".</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the English title, or null.</summary>
    public string? EnglishTitle { get; }

    /// <summary>Gets the year of the edition.</summary>
    public int Year { get; }

    /// <summary>Gets who issued it.</summary>
    public string Publisher { get; }

    /// <summary>Gets the founding document, or null.</summary>
    public string? Basis { get; }

    /// <summary>Gets where the list comes from.</summary>
    public string Source { get; }

    /// <summary>Gets how well established the list is.</summary>
    public SourceStatus Status { get; }

    /// <summary>Gets the entries in the edition's order.</summary>
    public ImmutableArray<IndicatorEntry> Entries { get; }

    /// <summary>Gets other names of the edition's indicators.</summary>
    public ImmutableArray<IndicatorAlias> Aliases { get; }

    /// <summary>Gets the national monitoring indicators (▲).</summary>
    public IEnumerable<IndicatorEntry> NationallyMonitored => Entries.Where(e => e.NationallyMonitored);

    /// <summary>Gets the entry of the indicator with <paramref name="code"/>.</summary>
    /// <param name="code">The stable code.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="KeyNotFoundException">The edition has no such indicator.</exception>
    public IndicatorEntry this[string code] =>
        TryGet(code, out var entry) ? entry : throw new KeyNotFoundException($"'{code}' is not an indicator of the edition '{Id}'.");

    /// <summary>Looks up the entry of the indicator with <paramref name="code"/>.</summary>
    /// <param name="code">The stable code, or null.</param>
    /// <param name="entry">The entry, or null.</param>
    /// <returns>True when the edition has the indicator.</returns>
    public bool TryGet([NotNullWhen(true)] string? code, [NotNullWhen(true)] out IndicatorEntry? entry)
    {
        entry = code is not null && _indexByCode.TryGetValue(code, out var index) ? Entries[index] : null;
        return entry is not null;
    }

    /// <summary>Looks up the position of the indicator with <paramref name="code"/> in <see cref="Entries"/>.</summary>
    internal bool TryGetIndex(string code, out int index) => _indexByCode.TryGetValue(code, out index);

    /// <summary>Finds an entry by its serial number in this edition, such as "6".</summary>
    /// <param name="serial">The serial number.</param>
    /// <returns>The entry, or null.</returns>
    public IndicatorEntry? FindBySerial(string serial) => Entries.FirstOrDefault(e => e.Serial == serial);

    /// <summary>Finds an entry by its Chinese name or one of its aliases.</summary>
    /// <param name="name">The name, such as 出院患者四级手术比例 or 医疗盈余率.</param>
    /// <returns>The entry, or null.</returns>
    public IndicatorEntry? FindByName(string name) =>
        Entries.FirstOrDefault(e => e.ChineseName == name) ?? Entries.FirstOrDefault(e => e.Definition.ChineseName == name)
        ?? Aliases.Where(a => a.Name == name).Select(a => this[a.Code]).FirstOrDefault();

    /// <summary>Loads an edition from JSON of the shape of the shipped files (see docs/json.md).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed, refers to an unknown indicator or describes an invalid edition; the path says where.</exception>
    public static IndicatorEdition Load(string json)
    {
        Preconditions.CheckNotNull(json);
        return FromDocument(JsonContract.Read<IndicatorEditionDocument>(json));
    }

    /// <summary>The JSON form: entries by code, with the definitions that are not the shipped ones.</summary>
    internal IndicatorEditionDocument ToDocument() => new(
        Id, Title, EnglishTitle, Year, Publisher, Basis, Source, Status,
        [.. Entries.Select(e => new IndicatorEntryDocument(e.Serial, e.Code, e.Dimension, e.SubDimension, e.NationallyMonitored, e.Name))],
        [.. Entries.Where(e => !IndicatorEditions.TryGetDefinition(e.Code, out var shipped) || shipped != e.Definition).Select(e => e.Definition)],
        Aliases);

    /// <summary>Resolves a JSON form: each entry's code names one of the document's own definitions, or else a shipped one.</summary>
    /// <exception cref="JsonException">A definition repeats, an entry names an unknown indicator, or the edition is invalid.</exception>
    internal static IndicatorEdition FromDocument(IndicatorEditionDocument document)
    {
        var own = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (!own.TryAdd(definition.Code, definition))
            {
                throw JsonPaths.At(".definitions", $"The edition defines the indicator '{definition.Code}' more than once.");
            }
        }

        var entries = new List<IndicatorEntry>(document.Entries.Length);
        foreach (var entry in document.Entries)
        {
            var definition = own.TryGetValue(entry.Code, out var local) ? local
                : IndicatorEditions.TryGetDefinition(entry.Code, out var shipped) ? shipped
                : throw JsonPaths.At(Path(entries.Count), $"Entry {entry.Serial} refers to the indicator '{entry.Code}', which is neither shipped nor defined in the edition's definitions.");
            try
            {
                entries.Add(new IndicatorEntry(entry.Serial, definition, entry.Dimension, entry.SubDimension, entry.NationallyMonitored, entry.Name));
            }
            catch (ArgumentException e)
            {
                throw JsonPaths.At(Path(entries.Count), $"Invalid IndicatorEntry: {e.Message}", e);
            }
        }

        try
        {
            return new IndicatorEdition(document.Id, document.Title, document.Year, document.Publisher, document.Source, document.Status, entries, document.EnglishTitle, document.Basis, document.Aliases);
        }
        catch (ArgumentException e)
        {
            throw JsonPaths.Invalid(nameof(IndicatorEdition), e);
        }

        static string Path(int index) => $".entries[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
    }

    /// <summary>Returns "id: title (n indicators)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Title} ({Entries.Length} indicators)";
}
