using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HospitalDomain.Excel;
using HospitalDomain.Metrics;
using HospitalDomain.Records;

namespace HospitalDomain.Cli.Commands;

/// <summary>
/// <c>hospital ingest FILE... [--by hospital|department] [--period year|quarter|month] [--encoding auto|utf-8|gb18030]
/// [--header-map FILE] [--rejects FILE] [--json]</c>: front-page exports into metric sets, with the reconciliation.
/// </summary>
internal sealed class IngestCommand : ICommand
{
    /// <summary>Inputs larger than this show a progress bar on a terminal.</summary>
    private const long ProgressThreshold = 64L << 20;

    private static readonly (string Code, string Label)[] Columns =
    [
        ("discharges", "出院"), ("dischargedPatientBedDays", "床日"), ("inpatientDeaths", "死亡"), ("surgeries", "手术"), ("level4Surgeries", "四级"),
        ("level3Surgeries", "三级"), ("minimallyInvasiveSurgeries", "微创"), ("classOneIncisionSurgeries", "I类切口"), ("classOneIncisionInfections", "感染"),
        ("inpatientRevenue", "住院收入"), ("inpatientDrugRevenue", "药品"), ("consumablesRevenue", "耗材"), ("lowRiskGroupCases", "低风险"), ("lowRiskGroupDeaths", "低风险死亡"),
    ];

    public string Name => "ingest";

    public string Summary => "Read inpatient front-page (病案首页) exports into metric sets, with every rejected row reported.";

    public string Usage =>
        "hospital ingest FILE... [--by hospital|department] [--period year|quarter|month] [--encoding auto|utf-8|gb18030]\n" +
        "                [--header-map FILE] [--rejects FILE] [--xlsx FILE] [--json]\n" +
        "                [--drg-group COLUMN --drg-weight COLUMN] [--low-risk FILE] [--minimally-invasive FILE] [--operations FILE]\n" +
        "FILE: CSV or TSV with the national field names (ZZJGDM, BAH, CYSJ, SJZYTS, LYFS, ZFY …), plain or gzip, - for standard input\n" +
        "--header-map: a JSON object mapping vendor headers to field names, such as {\"出院科别\": \"CYKB\"}\n" +
        "--rejects: writes the rejected rows as CSV (line, field, value, rule, message; a file column first for several inputs)\n" +
        "--xlsx: also writes the reconciliation as a workbook (counts per rule, the rejections kept, the metric sets), personal fields masked\n" +
        "--low-risk, --minimally-invasive, --operations: code lists, one code per line (DRG groups; operation codes)\n" +
        "--json: one object {\"rows\": {\"read\", \"accepted\", \"rejected\"}, \"metricSets\": [MetricSet …]}";

    public IReadOnlyCollection<string> ValueOptions =>
        ["by", "period", "encoding", "header-map", "rejects", "drg-group", "drg-weight", "low-risk", "minimally-invasive", "operations", "xlsx"];

    public int Run(CommandLine line, CliContext context)
    {
        var json = line.Flag("json");
        var grouping = ParseGrouping(line.Option("by"));
        var period = ParsePeriod(line.Option("period"));
        var encoding = ParseEncoding(line.Option("encoding"));
        var headerMapPath = line.Option("header-map");
        var rejectsPath = line.Option("rejects");
        var drgGroup = line.Option("drg-group");
        var drgWeight = line.Option("drg-weight");
        var lowRiskPath = line.Option("low-risk");
        var minimallyInvasivePath = line.Option("minimally-invasive");
        var operationsPath = line.Option("operations");
        var xlsxPath = line.Option("xlsx");
        line.EnsureAllUsed(maxPositional: int.MaxValue);
        var files = line.Positional;
        if (files.Count == 0)
        {
            throw new CliException("give at least one export FILE (run 'hospital help ingest')");
        }

        if (files.Count(f => f == "-") > 1)
        {
            throw new CliException("standard input (-) can be read only once");
        }

        var rules = new AggregationRules
        {
            DrgGroupField = drgGroup,
            DrgWeightField = drgWeight,
            LowRiskDrgGroups = lowRiskPath is null ? null : ReadCodes(context, lowRiskPath),
            MinimallyInvasiveCodes = minimallyInvasivePath is null ? null : ReadCodes(context, minimallyInvasivePath),
            OperationCodes = operationsPath is null ? null : ReadCodes(context, operationsPath),
        };
        using var rejects = rejectsPath is null ? null : OpenRejects(rejectsPath, files.Count > 1);
        var progress = ProgressBar.Create(context, files);
        string? currentFile = null;
        var options = new RecordIngestOptions
        {
            Encoding = encoding,
            HeaderMap = headerMapPath is null ? ImmutableDictionary<string, string>.Empty : ReadHeaderMap(context, headerMapPath),
            Grouping = grouping,
            Period = period,
            Rules = rules,
            OnRejection = rejects is null ? null : r => rejects.Write(currentFile!, r),
            Progress = progress,
        };

        FrontPageAggregator aggregator;
        try
        {
            aggregator = new FrontPageAggregator(options);
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message);
        }

        void ReadAll()
        {
            foreach (var file in files)
            {
                currentFile = file;
                progress?.Start(file);
                if (file == "-")
                {
                    using var input = Console.OpenStandardInput();
                    aggregator.Read(input, "-");
                }
                else
                {
                    aggregator.ReadFile(file);
                }

                progress?.Finish();
            }
        }

        if (progress is null)
        {
            ReadAll();
        }
        else
        {
            progress.Run(ReadAll);
        }

        var result = aggregator.ToResult();
        if (xlsxPath is not null)
        {
            CliWorkbooks.WriteReconciliation(xlsxPath, result);
        }

        if (json)
        {
            WriteJson(context, result);
        }
        else
        {
            WriteTable(context, result, rejectsPath);
            if (xlsxPath is not null)
            {
                context.Output.WriteLine($"Workbook: {xlsxPath}");
            }
        }

        return CliApplication.Success;
    }

    private static void WriteJson(CliContext context, IngestResult result) =>
        WriteJson(context, result.Reconciliation.Read, result.Reconciliation.Accepted, result.Reconciliation.Rejected, result.MetricSets);

    /// <summary>Writes the JSON of <c>--json</c>: the row counts and the metric sets (also what <c>hospital db aggregate --json</c> writes).</summary>
    internal static void WriteJson(CliContext context, long read, long accepted, long rejected, IEnumerable<MetricSet> metricSets)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = CliContext.JsonOptions.Encoder }))
        {
            var setInfo = (JsonTypeInfo<MetricSet>)CliContext.JsonOptions.GetTypeInfo(typeof(MetricSet));
            writer.WriteStartObject();
            writer.WriteStartObject("rows");
            writer.WriteNumber("read", read);
            writer.WriteNumber("accepted", accepted);
            writer.WriteNumber("rejected", rejected);
            writer.WriteEndObject();
            writer.WriteStartArray("metricSets");
            foreach (var set in metricSets)
            {
                JsonSerializer.Serialize(writer, set, setInfo);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        context.Output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteTable(CliContext context, IngestResult result, string? rejectsPath)
    {
        var output = context.Output;
        WriteSets(output, result.MetricSets, result.Drg);
        var r = result.Reconciliation;
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant($"Rows: read {r.Read} = accepted {r.Accepted} + rejected {r.Rejected}{(result.Stopped ? " (stopped at the first rejection)" : string.Empty)}"));
        foreach (var (rule, count) in r.ByRule)
        {
            output.WriteLine(FormattableString.Invariant($"  {rule,-26} {ChineseLabels.Of(rule)}{new string(' ', 20 - TextTable.Width(ChineseLabels.Of(rule)))} {count,10}"));
        }

        foreach (var rejection in result.Rejections.Take(5))
        {
            output.WriteLine($"  e.g. {rejection}");
        }

        if (rejectsPath is not null && r.Rejected > 0)
        {
            output.WriteLine($"Rejected rows written to {rejectsPath}");
        }
    }

    /// <summary>Writes metric sets as a table of the front-page metrics, then the DRG totals (also what <c>hospital db aggregate</c> writes).</summary>
    internal static void WriteSets(TextWriter output, IReadOnlyCollection<MetricSet> sets, IEnumerable<DrgTotals> drgTotals)
    {
        var present = Columns.Where(c => sets.Any(s => s.Catalogue.TryGetIndex(c.Code, out var i) && s.TryGetValueAt(i, out _))).ToList();
        var table = new TextTable([.. new[] { "机构", "期间" }.Concat(present.Select(c => c.Label))]).AlignRight([.. Enumerable.Range(2, present.Count)]);
        foreach (var set in sets)
        {
            table.Add([set.Entity, set.Period.ToString(), .. present.Select(c => set[c.Code] is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : "—")]);
        }

        table.WriteTo(output);
        foreach (var drg in drgTotals)
        {
            output.WriteLine(FormattableString.Invariant($"DRG {drg.Entity} {drg.Period}: {drg.Cases} cases, total weight {drg.TotalWeight:0.####}, CMI {drg.CaseMixIndex.GetValueOrDefault(0):0.0000}"));
        }
    }

    internal static ImmutableHashSet<string> ReadCodes(CliContext context, string path) =>
        [.. context.ReadText(path).Split('\n').Select(l => l.Trim().TrimStart('\uFEFF')).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    internal static ImmutableDictionary<string, string> ReadHeaderMap(CliContext context, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(context.ReadText(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new CliException($"{path}: a header map is a JSON object of header → field name, such as {{\"出院科别\": \"CYKB\"}}");
            }

            var map = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String || !map.TryAdd(property.Name.Trim(), property.Value.GetString()!))
                {
                    throw new CliException($"{path} at $.{property.Name}: each header must appear once and map to a field name as a string");
                }
            }

            return map.ToImmutable();
        }
        catch (JsonException e)
        {
            throw new CliException($"{path} (line {(e.LineNumber ?? 0) + 1}): not valid JSON");
        }
    }

    private static RejectsWriter OpenRejects(string path, bool withFile)
    {
        try
        {
            return new RejectsWriter(new StreamWriter(path, append: false, new UTF8Encoding(false)), withFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{path}: cannot write the rejects file ({e.Message})");
        }
    }

    /// <summary>Writes rejections as CSV; values of personal fields arrive masked.</summary>
    private sealed class RejectsWriter : IDisposable
    {
        private readonly StreamWriter _writer;
        private readonly bool _withFile;

        public RejectsWriter(StreamWriter writer, bool withFile)
        {
            _writer = writer;
            _withFile = withFile;
            _writer.WriteLine(withFile ? "file,line,field,value,rule,message" : "line,field,value,rule,message");
        }

        public void Write(string file, RecordRejection rejection)
        {
            if (_withFile)
            {
                _writer.Write(Escape(file));
                _writer.Write(',');
            }

            _writer.WriteLine(string.Join(',', rejection.Line.ToString(CultureInfo.InvariantCulture), Escape(rejection.Field), Escape(rejection.Value), rejection.Rule.ToString(), Escape(rejection.Message)));
        }

        public void Dispose() => _writer.Dispose();

        private static string Escape(string value) =>
            value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    /// <summary>
    /// A progress bar on standard error, drawn by Spectre.Console only when standard error is a
    /// terminal and the input is large: the bytes read of all the files, the file being read.
    /// </summary>
    private sealed class ProgressBar(TextWriter error, long total) : IProgress<long>
    {
        private readonly object _gate = new();
        private Spectre.Console.ProgressTask? _task;
        private long _done;
        private long _current;

        public static ProgressBar? Create(CliContext context, IReadOnlyList<string> files)
        {
            if (!Rendering.Terminal.IsInteractive(context.Error))
            {
                return null;
            }

            var total = files.Where(f => f != "-" && File.Exists(f)).Sum(f => new FileInfo(f).Length);
            return total >= ProgressThreshold ? new ProgressBar(context.Error, total) : null;
        }

        /// <summary>Runs the reading with the bar shown, and clears it at the end.</summary>
        public void Run(Action read)
        {
            var bar = Spectre.Console.AnsiConsoleExtensions.Progress(Rendering.Terminal.Create(error, terminal: true));
            bar.AutoClear = true;
            bar.Start(context =>
                {
                    lock (_gate)
                    {
                        _task = context.AddTask("读取", maxValue: total);
                    }

                    read();
                    _task.Value = total;
                });
        }

        public void Start(string file)
        {
            lock (_gate)
            {
                _current = 0;
                _task?.Description = Spectre.Console.Markup.Escape(Path.GetFileName(file));
            }
        }

        public void Report(long value)
        {
            lock (_gate)
            {
                _current = value;
                _task?.Value = Math.Min(total, _done + _current);
            }
        }

        public void Finish()
        {
            lock (_gate)
            {
                _done += _current;
                _current = 0;
            }
        }
    }

    /// <summary>The value of <c>--by</c>, shared with <c>hospital db</c>: hospital (the default) or department.</summary>
    internal static EntityGrouping ParseGrouping(string? value) => value switch
    {
        null or "hospital" => EntityGrouping.Hospital,
        "department" => EntityGrouping.HospitalDepartment,
        var other => throw new CliException($"--by must be hospital or department, was '{other}'"),
    };

    /// <summary>The value of <c>--period</c>, shared with <c>hospital db</c>: year (the default), quarter or month.</summary>
    internal static PeriodGranularity ParsePeriod(string? value) => value switch
    {
        null or "year" => PeriodGranularity.Year,
        "quarter" => PeriodGranularity.Quarter,
        "month" => PeriodGranularity.Month,
        var other => throw new CliException($"--period must be year, quarter or month, was '{other}'"),
    };

    /// <summary>The value of <c>--encoding</c>, shared with <c>hospital db</c>: auto (the default), utf-8 or gb18030.</summary>
    internal static RecordEncoding ParseEncoding(string? value) => value switch
    {
        null or "auto" => RecordEncoding.Auto,
        "utf-8" or "utf8" => RecordEncoding.Utf8,
        "gb18030" or "gbk" => RecordEncoding.Gb18030,
        var other => throw new CliException($"--encoding must be auto, utf-8 or gb18030, was '{other}'"),
    };
}
