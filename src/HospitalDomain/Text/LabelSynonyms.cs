using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Text;

/// <summary>
/// The synonym table that maps a report's label to a catalogue metric or indicator: 门急诊量 and 门急诊人次
/// → outpatientEmergencyVisits, 出院病人 → discharges, 平均住院日 → averageLengthOfStay. The shipped table is
/// data (Data/Text.LabelSynonyms.json); load your own with <see cref="Load"/> in the same shape.
/// </summary>
/// <remarks>
/// A label is matched after the fillers reports put before it are stripped (全年, 全院, 院部, 全年共完成, 总 …)
/// and brackets removed, so 全年总手术量 and 门(急)诊服务 match 手术量 and 门急诊服务. A label is in at most
/// one entry. The table is immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class LabelSynonyms
{
    private static readonly Lazy<LabelSynonyms> Shipped = new(() => JsonContract.ReadEmbedded<LabelSynonyms>("Text.LabelSynonyms.json"));

    private static readonly string[] Fillers = ["全年共完成", "全年共", "全年", "年度", "全院", "院部", "医院", "我院", "完成", "共", "总", "年"];

    private readonly FrozenDictionary<string, LabelSynonym> _byLabel;

    /// <summary>Creates a synonym table.</summary>
    /// <param name="id">An identifier, such as "standard".</param>
    /// <param name="entries">The entries; a label may appear in one entry only.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, an entry is null or a label repeats.</exception>
    public LabelSynonyms(string id, IEnumerable<LabelSynonym> entries)
    {
        Id = Preconditions.CheckNotBlank(id);
        Entries = [.. Preconditions.CheckNotNull(entries)];
        foreach (var entry in Entries)
        {
            Preconditions.CheckArgument(entry is not null, nameof(entries), "entries must not contain null.");
        }

        Preconditions.CheckNoDuplicates(Entries.SelectMany(e => e.Labels.Select(Normalize)), l => l, nameof(entries), "label");
        _byLabel = Entries.SelectMany(e => e.Labels.Select(l => KeyValuePair.Create(Normalize(l), e))).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the shipped table.</summary>
    public static LabelSynonyms Standard => Shipped.Value;

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the entries.</summary>
    public ImmutableArray<LabelSynonym> Entries { get; }

    /// <summary>Loads a table from JSON of the shipped shape (see docs/json.md).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or describes an invalid table; the path says where.</exception>
    public static LabelSynonyms Load(string json)
    {
        Preconditions.CheckNotNull(json);
        return JsonContract.Read<LabelSynonyms>(json);
    }

    /// <summary>Finds the code a label names, when the unit fits.</summary>
    /// <param name="label">The label as printed, such as 全年门急诊量.</param>
    /// <param name="unit">The figure's unit as printed, or null (a figure that states only a change).</param>
    /// <returns>The code, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    public string? Find(string label, string? unit = null)
    {
        Preconditions.CheckNotNull(label);
        return _byLabel.TryGetValue(Normalize(label), out var entry) && (unit is null || entry.Units.IsEmpty || entry.Units.Contains(unit))
            ? entry.Code
            : null;
    }

    /// <summary>Returns "id (n entries)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} ({Entries.Length} entries)";

    /// <summary>The label without brackets, white space and leading fillers.</summary>
    internal static string Normalize(string label)
    {
        var builder = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (c is not ('(' or ')' or '（' or '）' or ' ' or '\u3000'))
            {
                builder.Append(c);
            }
        }

        var text = builder.ToString();
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var filler in Fillers)
            {
                if (text.Length > filler.Length + 1 && text.StartsWith(filler, StringComparison.Ordinal))
                {
                    text = text[filler.Length..];
                    stripped = true;
                    break;
                }
            }
        }

        return text;
    }
}
