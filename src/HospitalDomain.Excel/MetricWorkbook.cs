using System.Collections.Immutable;
using System.Globalization;
using HospitalDomain.Assessments;
using HospitalDomain.Excel.Reading;
using HospitalDomain.Excel.Writing;
using HospitalDomain.Metrics;

namespace HospitalDomain.Excel;

/// <summary>
/// Metric sets in workbooks (.xlsx): read from either layout people fill in, with every bad cell
/// reported, and written in either layout so that what is written reads back equal.
/// </summary>
/// <remarks>
/// <para>
/// Reading finds the layout of each sheet by itself (see <see cref="WorkbookLayout"/>) and a metric
/// by its catalogue code, its Chinese name or its English name, with or without a unit in brackets
/// after it ("出院人次（人次）"). A value is a number cell or a text cell holding a plain number
/// ("12345.6", "12,345.6"); an empty cell is a missing value, not 0. Sheets are read row by row
/// (streaming); a workbook given as a stream is buffered in memory first.
/// </para>
/// <para>
/// A cell keeps a number to about 15 significant digits, as spreadsheets do: values with more
/// digits do not survive a workbook. Stateless and thread-safe.
/// </para>
/// </remarks>
public static class MetricWorkbook
{
    /// <summary>Reads the metric sets of a workbook file, with every bad cell.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="catalogue">The catalogue the metrics belong to; the standard one when null.</param>
    /// <returns>The sets and the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static MetricWorkbookResult Read(string path, MetricCatalogue? catalogue)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The workbook '{path}' does not exist.", path);
        }

        return new MetricWorkbookReader(catalogue ?? MetricCatalogue.Standard)
            .Read(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read));
    }

    /// <summary>Reads the metric sets of a workbook stream, with every bad cell.</summary>
    /// <param name="stream">The .xlsx content; read to its end, not closed.</param>
    /// <param name="catalogue">The catalogue the metrics belong to; the standard one when null.</param>
    /// <returns>The sets and the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static MetricWorkbookResult Read(Stream stream, MetricCatalogue? catalogue)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        return new MetricWorkbookReader(catalogue ?? MetricCatalogue.Standard).Read(() => new MemoryStream(bytes, writable: false));
    }

    /// <summary>Reads the metric sets of a workbook file, or throws at the first bad cell.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="catalogue">The catalogue the metrics belong to; the standard one when null.</param>
    /// <returns>The sets, in the order they first appear.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="WorkbookFormatException">A cell is bad: the message names the first by sheet and address.</exception>
    public static ImmutableArray<MetricSet> Load(string path, MetricCatalogue? catalogue = null) => Read(path, catalogue).GetMetricSetsOrThrow();

    /// <summary>Writes metric sets as a workbook file that <see cref="Read(string, MetricCatalogue?)"/> reads back equal.</summary>
    /// <param name="path">The .xlsx file, replaced if it exists.</param>
    /// <param name="metricSets">The sets, all of one catalogue.</param>
    /// <param name="layout">A sheet per set with a row per metric, or one sheet with a row per set.</param>
    /// <param name="everyMetric">True to list every metric of the catalogue, those without a value as empty cells (a form to fill in).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The sets are of several catalogues, or none is given.</exception>
    public static void Write(string path, IEnumerable<MetricSet> metricSets, WorkbookLayout layout, bool everyMetric)
    {
        ArgumentNullException.ThrowIfNull(path);
        var sheets = Sheets(metricSets, layout, everyMetric);
        WorkbookWriter.Save(path, sheets, printHeader: layout == WorkbookLayout.EntityRows, frozenRows: layout == WorkbookLayout.EntityRows ? 1 : 4);
    }

    /// <summary>Writes metric sets as a workbook that <see cref="Read(Stream, MetricCatalogue?)"/> reads back equal.</summary>
    /// <param name="stream">The stream to write the .xlsx content to; not closed.</param>
    /// <param name="metricSets">The sets, all of one catalogue.</param>
    /// <param name="layout">A sheet per set with a row per metric, or one sheet with a row per set.</param>
    /// <param name="everyMetric">True to list every metric of the catalogue, those without a value as empty cells (a form to fill in).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The sets are of several catalogues, or none is given.</exception>
    public static void Write(Stream stream, IEnumerable<MetricSet> metricSets, WorkbookLayout layout, bool everyMetric)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var sheets = Sheets(metricSets, layout, everyMetric);
        WorkbookWriter.Save(stream, sheets, printHeader: layout == WorkbookLayout.EntityRows, frozenRows: layout == WorkbookLayout.EntityRows ? 1 : 4);
    }

    /// <summary>
    /// Writes a cohort's figures as a summary table (机构 | 同级组 | 期间 | a column per metric), a row
    /// for each hospital's current set and one for its previous set when it has one; read back, the
    /// sets are equal and <see cref="MetricWorkbookResult.PeerGroups"/> gives each hospital's group.
    /// </summary>
    /// <param name="path">The .xlsx file, replaced if it exists.</param>
    /// <param name="figures">The figures, all of one catalogue.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The figures are of several catalogues, or none is given.</exception>
    public static void WriteCohort(string path, IEnumerable<CohortFigures> figures)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(figures);
        var list = figures.ToList();
        var sets = list.SelectMany(f => f.Previous is null ? new[] { f.Current } : [f.Current, f.Previous]).ToList();
        var table = Sheets(sets, WorkbookLayout.EntityRows, everyMetric: false)[0];
        var withGroups = new SheetTable(table.Name, [table.Columns[0], new SheetColumn("同级组"), .. table.Columns.Skip(1)]);
        var groups = list.SelectMany(f => f.Previous is null ? new[] { f.PeerGroup } : [f.PeerGroup, f.PeerGroup]).ToList();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            withGroups.Add([table.Rows[i]["机构"], groups[i], .. table.Columns.Skip(1).Select(c => table.Rows[i][c.Header])]);
        }

        WorkbookWriter.Save(path, [withGroups], printHeader: true, frozenRows: 1);
    }

    private static List<SheetTable> Sheets(IEnumerable<MetricSet> metricSets, WorkbookLayout layout, bool everyMetric)
    {
        ArgumentNullException.ThrowIfNull(metricSets);
        var sets = metricSets.ToList();
        if (sets.Count == 0)
        {
            throw new ArgumentException("metricSets must hold at least one metric set.", nameof(metricSets));
        }

        var catalogue = sets[0].Catalogue;
        if (sets.Any(s => s is null || !ReferenceEquals(s.Catalogue, catalogue)))
        {
            throw new ArgumentException("metricSets must all be non-null and of one catalogue.", nameof(metricSets));
        }

        var names = new MetricNameResolver(catalogue);
        string Name(Metric metric) => names.IsUnique(metric) ? metric.ChineseName : metric.Code;
        var sheetNames = new SheetNames();
        switch (layout)
        {
            case WorkbookLayout.MetricRows:
                return [.. sets.Select(set => MetricRowsSheet(set, sheetNames, Name, everyMetric))];
            case WorkbookLayout.EntityRows:
                var metrics = catalogue.Metrics.Where(m => everyMetric || sets.Any(s => s.TryGetValue(m, out _))).ToList();
                var columns = new List<SheetColumn> { new("机构"), new("期间") };
                columns.AddRange(metrics.Select(m => new SheetColumn(Name(m), WorkbookWriter.TenThousands)));
                var table = new SheetTable(sheetNames.Next("指标集"), [.. columns]);
                foreach (var set in sets)
                {
                    table.Add([set.Entity, set.Period.ToString(), .. metrics.Select(m => (object?)set[m])]);
                }

                return [table];
            default:
                throw new ArgumentOutOfRangeException(nameof(layout), layout, "layout is not a defined WorkbookLayout value.");
        }
    }

    private static SheetTable MetricRowsSheet(MetricSet set, SheetNames sheetNames, Func<Metric, string> name, bool everyMetric)
    {
        // No header row of MiniExcel's: the columns are keyed by their letters and the sheet writes its own labels.
        var table = new SheetTable(
            sheetNames.Next(string.Create(CultureInfo.InvariantCulture, $"{set.Entity} {set.Period}")),
            new SheetColumn("A"),
            new SheetColumn("B", WorkbookWriter.TenThousands),
            new SheetColumn("C"),
            new SheetColumn("D"));
        table.Add("机构", set.Entity);
        table.Add("期间", set.Period.ToString());
        table.Add();
        table.Add("指标", "数值", "单位", "代码");
        foreach (var metric in set.Catalogue.Metrics)
        {
            if (set.TryGetValue(metric, out var value))
            {
                table.Add(name(metric), value, metric.Unit.Symbol(), metric.Code);
            }
            else if (everyMetric)
            {
                table.Add(name(metric), null, metric.Unit.Symbol(), metric.Code);
            }
        }

        return table;
    }
}
