using System.Globalization;
using System.Xml;
using HospitalDomain.Metrics;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace HospitalDomain.Excel.Reading;

/// <summary>
/// Reads the sheets of a workbook into metric sets, one row at a time, keeping every problem. Each
/// sheet is read twice in step, once as written and once with merged ranges filled, so that a
/// header cell that belongs to a merged range is seen as such.
/// </summary>
internal sealed class MetricWorkbookReader
{
    private static readonly OpenXmlConfiguration AsWritten = new() { FillMergedCells = false, IgnoreEmptyRows = false };
    private static readonly OpenXmlConfiguration MergesFilled = new() { FillMergedCells = true, IgnoreEmptyRows = false };

    private readonly MetricCatalogue _catalogue;
    private readonly MetricNameResolver _names;
    private readonly List<WorkbookProblem> _problems = [];
    private readonly Dictionary<(string Entity, ReportingPeriod Period), SetAccumulator> _sets = [];
    private readonly List<SetAccumulator> _order = [];
    private readonly Dictionary<string, (string Group, string Place)> _peerGroups = new(StringComparer.Ordinal);

    public MetricWorkbookReader(MetricCatalogue catalogue)
    {
        _catalogue = catalogue;
        _names = new MetricNameResolver(catalogue);
    }

    public MetricWorkbookResult Read(Func<Stream> open)
    {
        try
        {
            List<string> sheets;
            using (var stream = open())
            {
                sheets = MiniExcel.GetSheetNames(stream);
            }

            foreach (var sheet in sheets)
            {
                using var raw = open();
                using var filled = open();
                ReadSheet(sheet, Rows(raw, sheet, AsWritten), Rows(filled, sheet, MergesFilled));
            }
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or InvalidOperationException or NotSupportedException)
        {
            _problems.Add(new WorkbookProblem(string.Empty, string.Empty, WorkbookProblemKind.UnreadableWorkbook, $"The workbook cannot be read as .xlsx: {e.Message}"));
        }

        return new MetricWorkbookResult(_order.Select(s => s.Builder.Build()), _problems, _peerGroups.Select(p => KeyValuePair.Create(p.Key, p.Value.Group)));
    }

    private static IEnumerable<IDictionary<string, object?>> Rows(Stream stream, string sheet, OpenXmlConfiguration configuration) =>
        MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX, configuration: configuration)
            .Cast<IDictionary<string, object?>>();

    private void ReadSheet(string sheet, IEnumerable<IDictionary<string, object?>> rawRows, IEnumerable<IDictionary<string, object?>> filledRows)
    {
        using var raw = rawRows.GetEnumerator();
        using var filled = filledRows.GetEnumerator();
        SheetState? state = null;
        var number = 0;
        while (raw.MoveNext())
        {
            number++;
            var row = raw.Current;
            var mergedInto = filled.MoveNext() ? filled.Current : row;
            if (row.Values.All(IsBlank))
            {
                continue;
            }

            state ??= IsEntityRowsHeader(row) ? new EntityRowsSheet(this, sheet) : new MetricRowsSheet(this, sheet);
            state.Row(number, row, mergedInto);
        }

        if (state is null)
        {
            Problem(sheet, "A1", WorkbookProblemKind.EmptySheet, "The sheet is empty: it has no header and no values.");
            return;
        }

        state.End();
    }

    /// <summary>An entity-rows sheet starts with 机构 followed by 期间 or a metric; a metric-rows sheet with 机构 | the entity, or with a metric.</summary>
    private bool IsEntityRowsHeader(IDictionary<string, object?> row)
    {
        var cells = row.Values.Where(v => !IsBlank(v)).ToList();
        return cells.Count >= 2 && SheetLabels.Is(SheetLabels.Entity, cells[0])
            && (SheetLabels.Is(SheetLabels.Period, cells[1]) || SheetLabels.Is(SheetLabels.PeerGroup, cells[1]) || (cells[1] is string name && _names.TryResolve(name, out _)));
    }

    private static bool IsBlank(object? value) => value is null || (value is string text && string.IsNullOrWhiteSpace(text));

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        double number => number.ToString(CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static bool TryPeriod(object? value, out ReportingPeriod period)
    {
        if (value is DateTime { Day: 1 } month)
        {
            // A cell typed as 2023-03 becomes the date 2023-03-01 in a spreadsheet: it means the month.
            return ReportingPeriod.TryParse(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), out period);
        }

        return ReportingPeriod.TryParse(Text(value), out period);
    }

    /// <summary>Takes "H1 2023" (or "H1_2023") as entity and period, "2023" as a period alone.</summary>
    private static (string? Entity, ReportingPeriod? Period) FromSheetName(string sheet)
    {
        var name = sheet.Trim();
        if (ReportingPeriod.TryParse(name, out var whole))
        {
            return (null, whole);
        }

        var cut = name.LastIndexOfAny([' ', '_', '\u3000']);
        return cut > 0 && ReportingPeriod.TryParse(name[(cut + 1)..], out var period)
            ? (name[..cut].Trim(' ', '_', '\u3000'), period)
            : (null, null);
    }

    private void Problem(string sheet, string cell, WorkbookProblemKind kind, string message) =>
        _problems.Add(new WorkbookProblem(sheet, cell, kind, message));

    private bool TryValue(string sheet, string cell, object? value, out decimal? result)
    {
        result = null;
        switch (value)
        {
            case null:
                return true;
            case string text when string.IsNullOrWhiteSpace(text):
                return true;
            case double number when double.IsFinite(number) && Math.Abs(number) < 7.9e28:
                result = (decimal)number;
                return true;
            case string text when decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed):
                result = parsed;
                return true;
            default:
                Problem(sheet, cell, WorkbookProblemKind.NotANumber, $"'{Text(value)}' is not a number.");
                return false;
        }
    }

    /// <summary>Keeps an entity's peer group; a different group given later is a problem.</summary>
    private void PeerGroup(string sheet, string cell, string entity, string? group)
    {
        if (group is null)
        {
            return;
        }

        var place = $"'{sheet}'!{cell}";
        if (!_peerGroups.TryGetValue(entity, out var known))
        {
            _peerGroups.Add(entity, (group, place));
        }
        else if (known.Group != group)
        {
            Problem(sheet, cell, WorkbookProblemKind.ConflictingPeerGroup, $"{entity} is in the peer group '{known.Group}' at {known.Place}, not '{group}'.");
        }
    }

    /// <summary>The set of an entity and period, made when first named: a set without values is still a set.</summary>
    private SetAccumulator Ensure(string entity, ReportingPeriod period)
    {
        if (!_sets.TryGetValue((entity, period), out var set))
        {
            set = new SetAccumulator(MetricSet.CreateBuilder(_catalogue, entity, period));
            _sets.Add((entity, period), set);
            _order.Add(set);
        }

        return set;
    }

    private void Add(string sheet, string entity, ReportingPeriod period, int metric, decimal value, string cell)
    {
        var set = Ensure(entity, period);

        var place = $"'{sheet}'!{cell}";
        if (set.Cells.TryGetValue(metric, out var first))
        {
            Problem(sheet, cell, WorkbookProblemKind.DuplicateMetric, $"{_catalogue.Metrics[metric].ChineseName} ({_catalogue.Metrics[metric].Code}) of {entity} {period} already has a value, at {first}.");
            return;
        }

        try
        {
            set.Builder.Set(_catalogue.Metrics[metric], value);
        }
        catch (ArgumentException e)
        {
            var reason = e.Message.Split(" (Parameter", 2)[0];
            Problem(sheet, cell, WorkbookProblemKind.InvalidValue, $"{value.ToString(CultureInfo.InvariantCulture)} is not a value of {_catalogue.Metrics[metric].ChineseName}: {reason}");
            return;
        }

        set.Cells.Add(metric, place);
    }

    private void CheckMerges(string sheet, int number, IDictionary<string, object?> row, IDictionary<string, object?> filled)
    {
        foreach (var (column, value) in filled)
        {
            if (!IsBlank(value) && IsBlank(row.TryGetValue(column, out var own) ? own : null))
            {
                Problem(sheet, CellAddress.Of(column, number), WorkbookProblemKind.MergedHeader, $"The header cell is part of a merged range showing '{Text(value)}'; unmerge it and give each column its own header.");
            }
        }
    }

    private sealed record SetAccumulator(MetricSetBuilder Builder)
    {
        public Dictionary<int, string> Cells { get; } = [];
    }

    private abstract class SheetState(MetricWorkbookReader reader, string sheet)
    {
        protected MetricWorkbookReader Reader { get; } = reader;

        protected string Sheet { get; } = sheet;

        public abstract void Row(int number, IDictionary<string, object?> row, IDictionary<string, object?> filled);

        public abstract void End();
    }

    /// <summary>Label cells (机构, 期间), an optional header row (指标 | 数值), then a row per metric.</summary>
    private sealed class MetricRowsSheet(MetricWorkbookReader reader, string sheet) : SheetState(reader, sheet)
    {
        private readonly List<(int Metric, decimal Value, string Cell)> _values = [];
        private string? _entity;
        private (string Group, string Cell)? _peerGroup;
        private ReportingPeriod? _period;
        private bool _periodInvalid;
        private bool _inHeader = true;

        public override void Row(int number, IDictionary<string, object?> row, IDictionary<string, object?> filled)
        {
            var label = row.TryGetValue("A", out var a) ? a : null;
            var value = row.TryGetValue("B", out var b) ? b : null;
            var valueCell = CellAddress.Of("B", number);
            if (SheetLabels.Is(SheetLabels.Entity, label))
            {
                Reader.CheckMerges(Sheet, number, row, filled);
                _entity = Text(value);
                if (_entity is null)
                {
                    Reader.Problem(Sheet, valueCell, WorkbookProblemKind.MissingEntity, "The entity cell beside the 机构 label is empty.");
                }
            }
            else if (SheetLabels.Is(SheetLabels.PeerGroup, label))
            {
                Reader.CheckMerges(Sheet, number, row, filled);
                _peerGroup = Text(value) is { } group ? (group, valueCell) : null;
            }
            else if (SheetLabels.Is(SheetLabels.Period, label))
            {
                Reader.CheckMerges(Sheet, number, row, filled);
                if (TryPeriod(value, out var period))
                {
                    _period = period;
                }
                else
                {
                    _periodInvalid = true;
                    Reader.Problem(Sheet, valueCell, WorkbookProblemKind.InvalidPeriod, $"'{Text(value)}' is not a period such as 2023, 2023H1, 2023Q4 or 2023-03.");
                }
            }
            else if (_inHeader && SheetLabels.Is(SheetLabels.MetricHeader, label))
            {
                Reader.CheckMerges(Sheet, number, row, filled);
            }
            else
            {
                if (_inHeader)
                {
                    _inHeader = false;
                }

                var labelCell = CellAddress.Of("A", number);
                if (IsBlank(label))
                {
                    Reader.Problem(Sheet, labelCell, WorkbookProblemKind.UnknownMetric, $"The value '{Text(value)}' in B{number} has no metric name in column A.");
                }
                else if (!Reader._names.TryResolve(Text(label), out var metric))
                {
                    Reader.Problem(Sheet, labelCell, WorkbookProblemKind.UnknownMetric, $"'{Text(label)}' is not the code or the Chinese name of a metric of the catalogue '{Reader._catalogue.Id}'.");
                }
                else if (Reader.TryValue(Sheet, valueCell, value, out var number2) && number2 is { } given)
                {
                    _values.Add((metric, given, valueCell));
                }
            }
        }

        public override void End()
        {
            var (entityFromName, periodFromName) = FromSheetName(Sheet);
            var entity = _entity ?? entityFromName;
            var period = _period ?? (_periodInvalid ? null : periodFromName);
            if (entity is null)
            {
                Reader.Problem(Sheet, "A1", WorkbookProblemKind.MissingEntity, "The sheet names no entity: give a 机构 row (机构 | name) or a sheet name such as 'H1 2023'.");
            }

            if (period is null && !_periodInvalid)
            {
                Reader.Problem(Sheet, "A1", WorkbookProblemKind.MissingPeriod, "The sheet names no period: give a 期间 row (期间 | 2023) or a sheet name such as 'H1 2023'.");
            }

            if (entity is null || period is null)
            {
                return;
            }

            Reader.Ensure(entity, period.Value);
            if (_peerGroup is { } peerGroup)
            {
                Reader.PeerGroup(Sheet, peerGroup.Cell, entity, peerGroup.Group);
            }

            foreach (var (metric, value, cell) in _values)
            {
                Reader.Add(Sheet, entity, period.Value, metric, value, cell);
            }
        }
    }

    /// <summary>A header row 机构 | 期间 | metric …, then a row per entity.</summary>
    private sealed class EntityRowsSheet(MetricWorkbookReader reader, string sheet) : SheetState(reader, sheet)
    {
        private readonly Dictionary<string, int> _metrics = [];
        private string? _entityColumn;
        private string? _periodColumn;
        private string? _peerGroupColumn;
        private ReportingPeriod? _sheetPeriod;
        private bool _headerRead;

        public override void Row(int number, IDictionary<string, object?> row, IDictionary<string, object?> filled)
        {
            if (!_headerRead)
            {
                Header(number, row, filled);
                return;
            }

            var entity = Text(row.TryGetValue(_entityColumn!, out var e) ? e : null);
            if (entity is null)
            {
                Reader.Problem(Sheet, CellAddress.Of(_entityColumn!, number), WorkbookProblemKind.MissingEntity, "The row has values but no entity in the 机构 column.");
                return;
            }

            ReportingPeriod period;
            if (_periodColumn is not null)
            {
                var cell = row.TryGetValue(_periodColumn, out var p) ? p : null;
                if (!TryPeriod(cell, out period))
                {
                    Reader.Problem(Sheet, CellAddress.Of(_periodColumn, number), WorkbookProblemKind.InvalidPeriod, $"'{Text(cell)}' is not a period such as 2023, 2023H1, 2023Q4 or 2023-03.");
                    return;
                }
            }
            else if (_sheetPeriod is { } fromName)
            {
                period = fromName;
            }
            else
            {
                return;
            }

            Reader.Ensure(entity, period);
            if (_peerGroupColumn is not null)
            {
                Reader.PeerGroup(Sheet, CellAddress.Of(_peerGroupColumn, number), entity, Text(row.TryGetValue(_peerGroupColumn, out var g) ? g : null));
            }

            foreach (var (column, metric) in _metrics)
            {
                var address = CellAddress.Of(column, number);
                if (Reader.TryValue(Sheet, address, row.TryGetValue(column, out var v) ? v : null, out var value) && value is { } given)
                {
                    Reader.Add(Sheet, entity, period, metric, given, address);
                }
            }
        }

        public override void End()
        {
        }

        private void Header(int number, IDictionary<string, object?> row, IDictionary<string, object?> filled)
        {
            _headerRead = true;
            Reader.CheckMerges(Sheet, number, row, filled);
            foreach (var (column, value) in row)
            {
                var name = Text(value);
                if (name is null)
                {
                    continue;
                }

                if (_entityColumn is null && SheetLabels.Is(SheetLabels.Entity, value))
                {
                    _entityColumn = column;
                }
                else if (_periodColumn is null && SheetLabels.Is(SheetLabels.Period, value))
                {
                    _periodColumn = column;
                }
                else if (_peerGroupColumn is null && SheetLabels.Is(SheetLabels.PeerGroup, value))
                {
                    _peerGroupColumn = column;
                }
                else if (Reader._names.TryResolve(name, out var metric))
                {
                    _metrics[column] = metric;
                }
                else
                {
                    Reader.Problem(Sheet, CellAddress.Of(column, number), WorkbookProblemKind.UnknownMetric, $"'{name}' is not the code or the Chinese name of a metric of the catalogue '{Reader._catalogue.Id}'.");
                }
            }

            if (_periodColumn is null)
            {
                _sheetPeriod = FromSheetName(Sheet).Period;
                if (_sheetPeriod is null)
                {
                    Reader.Problem(Sheet, CellAddress.Of("A", number), WorkbookProblemKind.MissingPeriod, "The sheet has no 期间 column and its name is not a period such as 2023.");
                }
            }
        }
    }
}
