using System.Collections.Immutable;
using System.Text.RegularExpressions;
using nietras.SeparatedValues;

namespace HospitalDomain.Records.Reading;

/// <summary>The columns of one export that the reader uses, by index, resolved from its header once.</summary>
internal sealed partial class ColumnLayout
{
    private static readonly string[] BaseRequired = ["ZZJGDM", "BAH", "ZYCS", "RYSJ", "CYSJ", "SJZYTS", "LYFS", "ZFY"];

    private ColumnLayout(char separator, string[] names)
    {
        Separator = separator;
        Names = names;
    }

    public char Separator { get; }

    /// <summary>Gets the national field name of each column (the mapped name, upper case), or the header as given when unknown.</summary>
    public string[] Names { get; }

    public int ColumnCount => Names.Length;

    public int Hospital { get; private init; } = -1;

    public int CaseNumber { get; private init; } = -1;

    public int AdmissionNumber { get; private init; } = -1;

    public int Sex { get; private init; } = -1;

    public int BirthDate { get; private init; } = -1;

    public int Admission { get; private init; } = -1;

    public int AdmissionDepartment { get; private init; } = -1;

    public int Discharge { get; private init; } = -1;

    public int DischargeDepartment { get; private init; } = -1;

    public int LengthOfStay { get; private init; } = -1;

    public int DischargeMethod { get; private init; } = -1;

    public int Diagnosis { get; private init; } = -1;

    public int PresentOnAdmission { get; private init; } = -1;

    public int Total { get; private init; } = -1;

    /// <summary>Gets the cost columns present, ZFY first.</summary>
    public ImmutableArray<CostColumn> Costs { get; private init; } = [];

    public ImmutableArray<ProcedureColumns> Procedures { get; private init; } = [];

    public int DrgGroup { get; private init; } = -1;

    public int DrgWeight { get; private init; } = -1;

    /// <summary>Gets the positions in <see cref="Costs"/> of the drug fields present.</summary>
    public ImmutableArray<int> DrugCosts { get; private init; } = [];

    /// <summary>Gets the positions in <see cref="Costs"/> of the consumables fields present.</summary>
    public ImmutableArray<int> ConsumableCosts { get; private init; } = [];

    public static ColumnLayout FromHeader(string headerText, string inputName, RecordIngestOptions options)
    {
        var separator = DetectSeparator(headerText);
        var raw = SplitHeader(headerText, separator);
        var map = options.HeaderMap.ToDictionary(p => p.Key.Trim(), p => p.Value.Trim().ToUpperInvariant(), StringComparer.OrdinalIgnoreCase);
        var names = raw.Select(h => map.TryGetValue(h, out var mapped) ? mapped : h.ToUpperInvariant()).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length > 0 && !index.TryAdd(names[i], i))
            {
                throw new RecordFileException(inputName, $"no usable header: field {names[i]} appears twice (columns {index[names[i]] + 1} and {i + 1})");
            }
        }

        var required = options.Grouping == EntityGrouping.HospitalDepartment ? [.. BaseRequired, "CYKB"] : BaseRequired;
        var missing = required.Where(f => !index.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            throw new RecordFileException(inputName, $"no usable header: missing {string.Join(", ", missing)} (the header has {names.Length} column{(names.Length == 1 ? string.Empty : "s")}; map vendor headers with a header map)");
        }

        int At(string field) => index.TryGetValue(field, out var i) ? i : -1;
        int Field(string? field, string what)
        {
            if (field is null)
            {
                return -1;
            }

            return index.TryGetValue(field.Trim().ToUpperInvariant(), out var i)
                ? i
                : throw new RecordFileException(inputName, $"no usable header: the {what} column {field} is not in the header");
        }

        var costs = FrontPageFields.CostFields.Where(index.ContainsKey).Select(f => new CostColumn(f, index[f])).ToList();
        var costNames = costs.Select(c => c.Field).ToList();
        var withParents = costs.Select(c =>
        {
            var sub = FrontPageFields.CostSubItems.FirstOrDefault(s => s.Item == c.Field);
            return c with { Parent = sub.Item is null ? (c.Field == "ZFY" ? -2 : -1) : costNames.IndexOf(sub.Parent) };
        }).ToImmutableArray();

        var rules = options.Rules;
        return new ColumnLayout(separator, names)
        {
            Hospital = At("ZZJGDM"),
            CaseNumber = At("BAH"),
            AdmissionNumber = At("ZYCS"),
            Sex = At("XB"),
            BirthDate = At("CSRQ"),
            Admission = At("RYSJ"),
            AdmissionDepartment = At("RYKB"),
            Discharge = At("CYSJ"),
            DischargeDepartment = At("CYKB"),
            LengthOfStay = At("SJZYTS"),
            DischargeMethod = At("LYFS"),
            Diagnosis = At("JBDM"),
            PresentOnAdmission = At("RYBQ"),
            Total = At("ZFY"),
            Costs = withParents,
            Procedures = FindProcedures(names),
            DrgGroup = Field(rules.DrgGroupField, "DRG group"),
            DrgWeight = Field(rules.DrgWeightField, "DRG weight"),
            DrugCosts = [.. rules.DrugCostFields.Select(f => costNames.IndexOf(f.ToUpperInvariant())).Where(i => i >= 0)],
            ConsumableCosts = [.. rules.ConsumableCostFields.Select(f => costNames.IndexOf(f.ToUpperInvariant())).Where(i => i >= 0)],
        };
    }

    private static ImmutableArray<ProcedureColumns> FindProcedures(string[] names)
    {
        var byNumber = new SortedDictionary<int, int[]>();
        for (var i = 0; i < names.Length; i++)
        {
            var match = ProcedureField().Match(names[i]);
            if (!match.Success)
            {
                continue;
            }

            var n = int.Parse(match.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            if (!byNumber.TryGetValue(n, out var cols))
            {
                cols = [-1, -1, -1, -1, -1];
                byNumber.Add(n, cols);
            }

            var slot = match.Groups[1].Value switch
            {
                "SSJCZBM" => 0,
                "SSJCZRQ" => 1,
                "SSJB" => 2,
                "QKYHLB" => 3,
                _ => 4,
            };
            cols[slot] = i;
        }

        return [.. byNumber.Where(p => p.Value[0] >= 0).Select(p => new ProcedureColumns(p.Key, p.Value[0], p.Value[1], p.Value[2], p.Value[3] >= 0 ? p.Value[3] : p.Value[4], p.Value[3] >= 0 ? $"QKYHLB{p.Key}" : $"QKDJ{p.Key}"))];
    }

    private static char DetectSeparator(string header)
    {
        ReadOnlySpan<char> candidates = [',', '\t', ';', '|'];
        var best = ',';
        var bestCount = 0;
        foreach (var c in candidates)
        {
            var count = header.AsSpan().Count(c);
            if (count > bestCount)
            {
                best = c;
                bestCount = count;
            }
        }

        return best;
    }

    private static string[] SplitHeader(string header, char separator)
    {
        using var reader = Sep.New(separator).Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(header);
        if (!reader.MoveNext())
        {
            return [];
        }

        var row = reader.Current;
        var names = new string[row.ColCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = row[i].Span.Trim().Trim('\uFEFF').ToString();
        }

        return names;
    }

    [GeneratedRegex("^(SSJCZBM|SSJCZRQ|SSJB|QKYHLB|QKDJ)([0-9]{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex ProcedureField();
}

/// <summary>A cost column: its field, its index, and its parent's position in the cost list (−1 for an item, −2 for the total).</summary>
internal readonly record struct CostColumn(string Field, int Index, int Parent = -1);

/// <summary>The columns of procedure entry <paramref name="Number"/>; −1 when absent.</summary>
internal sealed record ProcedureColumns(int Number, int Code, int Date, int Level, int Incision, string IncisionField)
{
    public string CodeField => $"SSJCZBM{Number}";

    public string LevelField => $"SSJB{Number}";
}
