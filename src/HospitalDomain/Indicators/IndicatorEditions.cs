using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>The indicator editions and definitions shipped with the library, loaded once on first use.</summary>
/// <remarks>
/// <para>
/// The national lists come from a third-party implementation of the assessment that agrees with the
/// published counts (55 indicators, 26 ▲; 28 secondary indicators, 21 ▲): their status is Secondary.
/// Formulas and directions carry their own status per definition; those the reference material
/// could not confirm are Unconfirmed.
/// </para>
/// </remarks>
public static class IndicatorEditions
{
    private static readonly Lazy<FrozenDictionary<string, IndicatorDefinition>> DefinitionTable = new(LoadDefinitions);
    private static readonly Lazy<IndicatorEdition> Tertiary2019 = new(() => Load("NationalTertiary2019"));
    private static readonly Lazy<IndicatorEdition> Tertiary2020 = new(() => Load("NationalTertiary2020"));
    private static readonly Lazy<IndicatorEdition> Secondary2019 = new(() => Load("NationalSecondary2019"));
    private static readonly Lazy<IndicatorEdition> OperationsEdition = new(() => Load("Operations"));

    /// <summary>Gets the national tertiary list of 2019 (国办发〔2019〕4号): 55 indicators, 26 ▲.</summary>
    public static IndicatorEdition NationalTertiary2019 => Tertiary2019.Value;

    /// <summary>Gets the national tertiary list of the 2020 manual: the 55 and the added 重点监控高值医用耗材收入占比.</summary>
    public static IndicatorEdition NationalTertiary2020 => Tertiary2020.Value;

    /// <summary>Gets the national secondary list: 28 indicators, 21 ▲.</summary>
    public static IndicatorEdition NationalSecondary2019 => Secondary2019.Value;

    /// <summary>Gets the everyday operating ratios hospitals print beside the national list: length of stay, bed occupancy and turnover, drug and consumables shares, cost per visit and per discharge, staffing ratios.</summary>
    public static IndicatorEdition Operations => OperationsEdition.Value;

    /// <summary>Gets every shipped edition.</summary>
    public static ImmutableArray<IndicatorEdition> All => [NationalTertiary2019, NationalTertiary2020, NationalSecondary2019, Operations];

    /// <summary>Gets every shipped definition, in code order.</summary>
    public static ImmutableArray<IndicatorDefinition> Definitions => [.. DefinitionTable.Value.Values.OrderBy(d => d.Code, StringComparer.Ordinal)];

    /// <summary>Gets the shipped edition with <paramref name="id"/>.</summary>
    /// <param name="id">The identifier, such as "national-tertiary-2020".</param>
    /// <returns>The edition.</returns>
    /// <exception cref="KeyNotFoundException">No shipped edition has the identifier; the message lists those that exist.</exception>
    public static IndicatorEdition Get(string id) =>
        All.FirstOrDefault(e => e.Id == id)
        ?? throw new KeyNotFoundException($"'{id}' is not a shipped indicator edition; expected one of {string.Join(", ", All.Select(e => e.Id))}.");

    /// <summary>Looks up a shipped definition by code.</summary>
    /// <param name="code">The code, or null (which no definition has).</param>
    /// <param name="definition">The definition, or null.</param>
    /// <returns>True when a shipped definition has the code.</returns>
    public static bool TryGetDefinition(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IndicatorDefinition? definition)
    {
        definition = null;
        return code is not null && DefinitionTable.Value.TryGetValue(code, out definition);
    }

    /// <summary>Finds the entry of a shipped edition with the indicator <paramref name="code"/> at serial number <paramref name="serial"/>, searching the editions in the order of <see cref="All"/>.</summary>
    internal static IndicatorEntry? FindEntry(string code, string serial)
    {
        foreach (var edition in All)
        {
            if (edition.TryGet(code, out var entry) && entry.Serial == serial)
            {
                return entry;
            }
        }

        return null;
    }

    private static FrozenDictionary<string, IndicatorDefinition> LoadDefinitions() =>
        JsonContract.ReadEmbedded<IndicatorDefinitionFile>("IndicatorDefinitions.json")
            .Definitions.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);

    private static IndicatorEdition Load(string name) =>
        IndicatorEdition.FromDocument(JsonContract.ReadEmbedded<IndicatorEditionDocument>($"IndicatorEdition.{name}.json"));
}

/// <summary>The shape of the embedded definitions file.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
internal sealed record IndicatorDefinitionFile(ImmutableArray<IndicatorDefinition> Definitions);
