using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using HospitalDomain.Metrics;
using nietras.SeparatedValues;
using NodaTime;

namespace HospitalDomain.Records.Reading;

/// <summary>What one block of rows gave: its accepted rows in order, its rejections in order, its groups.</summary>
internal sealed class BlockResult
{
    private RowFacts[] _accepted = System.Buffers.ArrayPool<RowFacts>.Shared.Rent(1024);

    public long RowsRead { get; set; }

    /// <summary>Gets the accepted rows (pooled storage: valid until <see cref="Release"/>).</summary>
    public Span<RowFacts> Accepted => _accepted.AsSpan(0, AcceptedCount);

    public int AcceptedCount { get; private set; }

    public List<RecordRejection> Rejections { get; } = [];

    public List<GroupKey> Groups { get; } = [];

    /// <summary>Gets the hospitals of the block; <see cref="RowFacts.Hospital"/> indexes it.</summary>
    public List<string> Hospitals { get; } = [];

    public List<decimal[]> Custom { get; } = [];

    public List<DischargeRecord>? Records { get; init; }

    /// <summary>Gets or sets the layout of the export the block belongs to.</summary>
    public ColumnLayout? Layout { get; set; }

    public void Add(in RowFacts facts)
    {
        if (AcceptedCount == _accepted.Length)
        {
            var larger = System.Buffers.ArrayPool<RowFacts>.Shared.Rent(_accepted.Length * 2);
            _accepted.AsSpan(0, AcceptedCount).CopyTo(larger);
            System.Buffers.ArrayPool<RowFacts>.Shared.Return(_accepted, clearArray: true);
            _accepted = larger;
        }

        _accepted[AcceptedCount++] = facts;
    }

    /// <summary>Returns the pooled storage; the result must not be used afterwards.</summary>
    public void Release()
    {
        System.Buffers.ArrayPool<RowFacts>.Shared.Return(_accepted, clearArray: true);
        _accepted = [];
        AcceptedCount = 0;
    }
}

/// <summary>A reader over characters already decoded into a (pooled) array: no second decoding buffer.</summary>
internal sealed class CharArrayReader(char[] buffer, int length) : TextReader
{
    private int _position;

    public override int Peek() => _position < length ? buffer[_position] : -1;

    public override int Read() => _position < length ? buffer[_position++] : -1;

    public override int Read(Span<char> buffer1)
    {
        var n = Math.Min(buffer1.Length, length - _position);
        buffer.AsSpan(_position, n).CopyTo(buffer1);
        _position += n;
        return n;
    }

    public override int Read(char[] buffer1, int index, int count) => Read(buffer1.AsSpan(index, count));

    public override int ReadBlock(Span<char> buffer1) => Read(buffer1);

    public override int ReadBlock(char[] buffer1, int index, int count) => Read(buffer1.AsSpan(index, count));
}

/// <summary>Compares group keys by the identity of their strings, which are interned per block.</summary>
internal sealed class GroupKeyByReference : IEqualityComparer<GroupKey>
{
    public static GroupKeyByReference Instance { get; } = new();

    public bool Equals(GroupKey x, GroupKey y) => ReferenceEquals(x.Hospital, y.Hospital) && ReferenceEquals(x.Department, y.Department) && x.Period == y.Period;

    public int GetHashCode(GroupKey obj) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Hospital), obj.Department is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Department), obj.Period);
}

/// <summary>
/// Parses and validates the rows of a block and computes what each accepted row contributes. Thread-safe:
/// it holds only read-only state, and everything per block is local to <see cref="Process"/>.
/// </summary>
internal sealed class BlockProcessor
{
    private static readonly bool[] Rc001 = Table(64, 0, 1, 2, 9);
    private static readonly bool[] Rc019 = Table(64, 1, 2, 3, 4, 5, 9);
    private static readonly bool[] Rc027 = Table(64, 1, 2, 3, 4);
    private static readonly bool[] Rc014 = Table(64, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30);

    private readonly ColumnLayout _layout;
    private readonly RecordIngestOptions _options;
    private readonly string _inputName;
    private readonly SpanStringTable? _operationCodes;
    private readonly SpanStringTable? _minimallyInvasive;
    private readonly SpanStringTable? _lowRisk;
    private readonly bool[] _classOne;
    private readonly bool[] _infection;
    private readonly bool[] _death;
    private readonly ImmutableArray<(Metric Metric, Func<DischargeRecord, decimal> Rule)> _custom;
    private readonly bool _materialize;
    private readonly bool _byDepartment;
    private readonly int[] _costColumns;
    private readonly int[] _costParents;

    public BlockProcessor(ColumnLayout layout, RecordIngestOptions options, string inputName, ImmutableArray<(Metric, Func<DischargeRecord, decimal>)> custom, bool materialize)
    {
        _layout = layout;
        _options = options;
        _inputName = inputName;
        var rules = options.Rules;
        _operationCodes = rules.OperationCodes is { } ops ? new SpanStringTable(ops) : null;
        _minimallyInvasive = rules.MinimallyInvasiveCodes is { } mi ? new SpanStringTable(mi) : null;
        _lowRisk = rules.LowRiskDrgGroups is { } low ? new SpanStringTable(low) : null;
        _classOne = Table(64, [.. rules.ClassOneIncisionCodes]);
        _infection = Table(64, [.. rules.InfectionHealingCodes]);
        _death = Table(64, [.. rules.DeathDischargeMethods]);
        _custom = custom;
        _materialize = materialize || !custom.IsEmpty;
        _byDepartment = options.Grouping == EntityGrouping.HospitalDepartment;
        _costColumns = [.. layout.Costs.Select(c => c.Index)];
        _costParents = [.. layout.Costs.Select(c => c.Parent)];
    }

    public BlockResult Process(Block block, Encoding encoding, bool keepRecords)
    {
        char[]? chars = null;
        try
        {
            chars = System.Buffers.ArrayPool<char>.Shared.Rent(encoding.GetMaxCharCount(block.Length));
            var length = ReferenceEquals(encoding, BlockSource.Gb18030)
                ? Gb18030Decoding.GetChars(encoding, block.Data, block.Length, chars)
                : encoding.GetChars(block.Data, 0, block.Length, chars, 0);
            var result = new BlockResult { Records = keepRecords ? [] : null };
            var strings = new SpanStringTable(64);
            var groups = new Dictionary<GroupKey, int>(GroupKeyByReference.Instance);
            var hospitals = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
            using var text = new CharArrayReader(chars, length);
            using var reader = Sep.New(_layout.Separator).Reader(o => o with { HasHeader = false, DisableColCountCheck = true }).From(text);
            Span<long> costs = stackalloc long[_layout.Costs.Length];
            Span<bool> present = stackalloc bool[_layout.Costs.Length];
            // Sep reports LineNumberFrom of the first row of a header-less source as that row's end,
            // so each row's first line is taken as the previous row's LineNumberToExcl instead.
            var rowStart = 1;
            foreach (var row in reader)
            {
                var line = block.FirstLine + rowStart - 1;
                rowStart = row.LineNumberToExcl;
                if (row.ColCount == 1 && F(row, 0).IsEmpty)
                {
                    continue;
                }

                result.RowsRead++;
                var rejection = ProcessRow(row, line, result, strings, groups, hospitals, costs, present);
                if (rejection is not null)
                {
                    result.Rejections.Add(rejection);
                }
            }

            return result;
        }
        catch (DecoderFallbackException e)
        {
            throw new RecordFileException(_inputName, $"the rows from line {block.FirstLine} on are not valid UTF-8; declare the encoding (gb18030)", e);
        }
        finally
        {
            block.Release();
            if (chars is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(chars);
            }
        }
    }

    private RecordRejection? ProcessRow(SepReader.Row row, long line, BlockResult result, SpanStringTable strings, Dictionary<GroupKey, int> groups, Dictionary<string, int> hospitals, Span<long> costs, Span<bool> present)
    {
        var l = _layout;
        if (row.ColCount != l.ColumnCount)
        {
            return new RecordRejection(line, "*", row.ColCount.ToString(CultureInfo.InvariantCulture), RejectionRule.ColumnCount, $"the row has {row.ColCount} fields, the header {l.ColumnCount}");
        }

        var hospital = F(row, l.Hospital);
        var caseNumber = F(row, l.CaseNumber);
        var admissionNumberText = F(row, l.AdmissionNumber);
        var admissionText = F(row, l.Admission);
        var dischargeText = F(row, l.Discharge);
        var losText = F(row, l.LengthOfStay);
        var methodText = F(row, l.DischargeMethod);
        var department = l.DischargeDepartment >= 0 ? F(row, l.DischargeDepartment) : default;
        var missingField = Missing(hospital, l.Hospital) ?? Missing(caseNumber, l.CaseNumber) ?? Missing(admissionNumberText, l.AdmissionNumber)
            ?? Missing(admissionText, l.Admission) ?? Missing(dischargeText, l.Discharge) ?? Missing(losText, l.LengthOfStay)
            ?? Missing(methodText, l.DischargeMethod) ?? Missing(F(row, l.Total), l.Total)
            ?? (_byDepartment ? Missing(department, l.DischargeDepartment) : null);
        if (missingField is not null)
        {
            return new RecordRejection(line, missingField, string.Empty, RejectionRule.MissingValue, $"{missingField} is required and empty");
        }

        if (!FieldParsers.TryParseInt(admissionNumberText, out var admissionNumber) || admissionNumber < 1)
        {
            return Reject(line, l.AdmissionNumber, admissionNumberText, RejectionRule.InvalidNumber, "must be a whole number from 1");
        }

        var sex = -1;
        var sexText = l.Sex >= 0 ? F(row, l.Sex) : default;
        if (!sexText.IsEmpty)
        {
            if (!FieldParsers.TryParseInt(sexText, out sex) || !In(Rc001, sex))
            {
                return Reject(line, l.Sex, sexText, RejectionRule.NotInValueTable, "is not a code of RC001 性别 (0, 1, 2, 9)");
            }
        }

        if (!FieldParsers.TryParseStamp(admissionText, out var admission))
        {
            return Reject(line, l.Admission, admissionText, RejectionRule.InvalidDate, DateForms);
        }

        if (!FieldParsers.TryParseStamp(dischargeText, out var discharge))
        {
            return Reject(line, l.Discharge, dischargeText, RejectionRule.InvalidDate, DateForms);
        }

        var birthText = l.BirthDate >= 0 ? F(row, l.BirthDate) : default;
        if (!birthText.IsEmpty)
        {
            if (!FieldParsers.TryParseStamp(birthText, out var birth) || birth.DayNumber > admission.DayNumber)
            {
                return Reject(line, l.BirthDate, birthText, RejectionRule.InvalidDate, "must be a date not after the admission");
            }
        }

        if (Stamp.IsBefore(discharge, admission))
        {
            return Reject(line, l.Discharge, dischargeText, RejectionRule.DischargeBeforeAdmission, $"is before the admission RYSJ '{FieldParsers.Trim(admissionText)}'");
        }

        if (!FieldParsers.TryParseInt(losText, out var lengthOfStay))
        {
            return Reject(line, l.LengthOfStay, losText, RejectionRule.InvalidNumber, "must be a whole number of days");
        }

        var expectedStay = Math.Max(1, discharge.DayNumber - admission.DayNumber);
        if (lengthOfStay != expectedStay)
        {
            return Reject(line, l.LengthOfStay, losText, RejectionRule.LengthOfStayMismatch, $"differs from the {expectedStay} day{(expectedStay == 1 ? string.Empty : "s")} between RYSJ and CYSJ (a same-day stay counts 1)");
        }

        if (!FieldParsers.TryParseInt(methodText, out var method) || !In(Rc019, method))
        {
            return Reject(line, l.DischargeMethod, methodText, RejectionRule.NotInValueTable, "is not a code of RC019 离院方式 (1, 2, 3, 4, 5, 9)");
        }

        var poaText = l.PresentOnAdmission >= 0 ? F(row, l.PresentOnAdmission) : default;
        if (!poaText.IsEmpty)
        {
            if (!FieldParsers.TryParseInt(poaText, out var poa) || !In(Rc027, poa))
            {
                return Reject(line, l.PresentOnAdmission, poaText, RejectionRule.NotInValueTable, "is not a code of RC027 入院病情 (1, 2, 3, 4)");
            }
        }

        var facts = default(RowFacts);
        facts.Line = line;
        facts.Custom = -1;
        var anyOperation = false;
        var maxLevel = 0;
        var minimallyInvasive = false;
        var classOne = 0;
        var infected = false;
        foreach (var p in l.Procedures)
        {
            var code = F(row, p.Code);
            var levelText = p.Level >= 0 ? F(row, p.Level) : default;
            var incisionText = p.Incision >= 0 ? F(row, p.Incision) : default;
            var level = 0;
            if (!levelText.IsEmpty && (!FieldParsers.TryParseInt(levelText, out level) || level is < 1 or > 4))
            {
                return Reject(line, p.Level, levelText, RejectionRule.OperationLevel, "is not an operation level of RC029 (1, 2, 3, 4)");
            }

            var incision = -1;
            if (!incisionText.IsEmpty && (!FieldParsers.TryParseInt(incisionText, out incision) || !In(Rc014, incision)))
            {
                return Reject(line, p.Incision, incisionText, RejectionRule.NotInValueTable, "is not a code of RC014 切口愈合等级 (0–10, 20, 30)");
            }

            if (code.IsEmpty)
            {
                if (!levelText.IsEmpty || !incisionText.IsEmpty)
                {
                    return new RecordRejection(line, p.CodeField, string.Empty, RejectionRule.MissingValue, $"{p.CodeField} is empty but the entry has a level or incision");
                }

                continue;
            }

            var isOperation = _operationCodes is null ? level > 0 : _operationCodes.Contains(code);
            if (!isOperation)
            {
                continue;
            }

            anyOperation = true;
            maxLevel = Math.Max(maxLevel, level);
            minimallyInvasive |= _minimallyInvasive?.Contains(code) == true;
            if (incision >= 0 && In(_classOne, incision))
            {
                classOne++;
                infected |= In(_infection, incision);
            }
        }

        var costColumns = _costColumns;
        var costParents = _costParents;
        long topItems = 0;
        for (var i = 0; i < costColumns.Length; i++)
        {
            var text = F(row, costColumns[i]);
            present[i] = false;
            if (text.IsEmpty)
            {
                continue;
            }

            if (!FieldParsers.TryParseFixed(text, Slots.MoneyScale, out var amount))
            {
                return Reject(line, costColumns[i], text, RejectionRule.InvalidNumber, "must be an amount in yuan with at most 12 integer digits and 4 decimals");
            }

            if (amount < 0)
            {
                return Reject(line, costColumns[i], text, RejectionRule.NegativeCost, "must not be negative");
            }

            costs[i] = amount;
            present[i] = true;
            if (costParents[i] == -1)
            {
                topItems += amount;
            }
        }

        var total = costs[0];
        for (var i = 1; i < costColumns.Length; i++)
        {
            if (!present[i])
            {
                continue;
            }

            var parent = costParents[i];
            var limit = parent >= 0 ? (present[parent] ? costs[parent] : long.MaxValue) : total;
            if (costs[i] > limit)
            {
                var against = parent >= 0 ? l.Costs[parent].Field : "ZFY";
                return Reject(line, costColumns[i], F(row, costColumns[i]), RejectionRule.CostPartsExceedTotal, $"is above {against} ({Money(limit)})");
            }
        }

        if (topItems > total)
        {
            return Reject(line, l.Total, F(row, l.Total), RejectionRule.CostPartsExceedTotal, $"is below the sum of the cost items ({Money(topItems)})");
        }

        var drgGroup = l.DrgGroup >= 0 ? F(row, l.DrgGroup) : default;
        long weight = 0;
        var hasWeight = false;
        if (l.DrgWeight >= 0 && !F(row, l.DrgWeight).IsEmpty)
        {
            var weightText = F(row, l.DrgWeight);
            if (!FieldParsers.TryParseFixed(weightText, Slots.WeightScale, out weight) || weight < 0)
            {
                return Reject(line, l.DrgWeight, weightText, RejectionRule.InvalidNumber, "must be a non-negative relative weight with at most 8 integer digits and 8 decimals");
            }

            hasWeight = true;
        }

        var died = In(_death, method);
        ref var v = ref facts.Values;
        v[Slots.Discharges] = 1;
        v[Slots.BedDays] = lengthOfStay;
        v[Slots.Deaths] = died ? 1 : 0;
        v[Slots.Surgeries] = anyOperation ? 1 : 0;
        v[Slots.Level4] = maxLevel == 4 ? 1 : 0;
        v[Slots.Level3] = maxLevel == 3 ? 1 : 0;
        v[Slots.MinimallyInvasive] = minimallyInvasive ? 1 : 0;
        v[Slots.ClassOneOperations] = classOne;
        v[Slots.ClassOneInfections] = infected ? 1 : 0;
        v[Slots.Revenue] = total;
        v[Slots.DrugRevenue] = Sum(costs, present, l.DrugCosts);
        v[Slots.Consumables] = Sum(costs, present, l.ConsumableCosts);
        var drgCase = hasWeight && !drgGroup.IsEmpty;
        v[Slots.DrgCases] = drgCase ? 1 : 0;
        v[Slots.DrgWeight] = drgCase ? weight : 0;
        var lowRisk = _lowRisk is not null && !drgGroup.IsEmpty && _lowRisk.Contains(drgGroup);
        v[Slots.LowRiskCases] = lowRisk ? 1 : 0;
        v[Slots.LowRiskDeaths] = lowRisk && died ? 1 : 0;

        var hospitalCode = strings.Intern(hospital);
        if (!hospitals.TryGetValue(hospitalCode, out var hospitalIndex))
        {
            hospitalIndex = hospitals.Count;
            hospitals.Add(hospitalCode, hospitalIndex);
            result.Hospitals.Add(hospitalCode);
        }

        facts.Hospital = hospitalIndex;
        facts.PackedStay = StayIndex.Pack(caseNumber, admissionNumber);
        if (facts.PackedStay == 0)
        {
            facts.TextStay = string.Concat(caseNumber, "\u001F", admissionNumber.ToString(CultureInfo.InvariantCulture));
        }

        var key = new GroupKey(hospitalCode, _byDepartment ? strings.Intern(department) : null, PeriodKey(discharge));
        if (!groups.TryGetValue(key, out var group))
        {
            group = groups.Count;
            groups.Add(key, group);
            result.Groups.Add(key);
        }

        facts.Group = group;
        if (_materialize)
        {
            var record = Materialize(row, line, hospitalCode, caseNumber, admissionNumber, sex, admission, discharge, department, lengthOfStay, method, costs, present, drgGroup, hasWeight ? weight : null);
            result.Records?.Add(record);
            if (!_custom.IsEmpty)
            {
                var values = new decimal[_custom.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = _custom[i].Rule(record);
                }

                facts.Custom = result.Custom.Count;
                result.Custom.Add(values);
            }
        }

        result.Add(facts);
        return null;
    }

    private DischargeRecord Materialize(
        SepReader.Row row, long line, string hospital, ReadOnlySpan<char> caseNumber, int admissionNumber, int sex, Stamp admission, Stamp discharge,
        ReadOnlySpan<char> department, int lengthOfStay, int method, Span<long> costs, Span<bool> present, ReadOnlySpan<char> drgGroup, long? weight)
    {
        var l = _layout;
        var procedures = ImmutableArray.CreateBuilder<ProcedureEntry>();
        foreach (var p in l.Procedures)
        {
            var code = Text(row, p.Code);
            if (code is null)
            {
                continue;
            }

            LocalDate? date = p.Date >= 0 && FieldParsers.TryParseStamp(F(row, p.Date), out var d) ? new LocalDate(d.Year, d.Month, d.Day) : null;
            int? level = p.Level >= 0 && FieldParsers.TryParseInt(F(row, p.Level), out var lv) ? lv : null;
            int? incision = p.Incision >= 0 && FieldParsers.TryParseInt(F(row, p.Incision), out var inc) ? inc : null;
            procedures.Add(new ProcedureEntry(p.Number, code, date, level, incision));
        }

        var costMap = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        for (var i = 0; i < l.Costs.Length; i++)
        {
            if (present[i])
            {
                costMap.Add(l.Costs[i].Field, new decimal(costs[i]) / 10_000m);
            }
        }

        return new DischargeRecord(
            line,
            hospital,
            caseNumber.ToString(),
            admissionNumber,
            sex >= 0 ? sex : null,
            ToLocal(admission),
            ToLocal(discharge),
            Text(row, l.AdmissionDepartment),
            department.IsEmpty ? null : department.ToString(),
            lengthOfStay,
            Text(row, l.Diagnosis),
            method,
            procedures.ToImmutable(),
            costMap.ToImmutable(),
            drgGroup.IsEmpty ? null : drgGroup.ToString(),
            weight is { } w && !drgGroup.IsEmpty ? new decimal(w) / 100_000_000m : null);
    }

    private static string? Text(SepReader.Row row, int column) =>
        column < 0 || F(row, column).IsEmpty ? null : F(row, column).ToString();

    /// <summary>
    /// The text of a field: surrounding spaces trimmed and, for a quoted field, the quotes removed
    /// (a doubled quote inside allocates; no needed field usually has one).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> F(SepReader.Row row, int column)
    {
        var s = row[column].Span;
        return s.IsEmpty || (s[0] > ' ' && s[0] != '"' && s[^1] > ' ') ? s : Clean(s);
    }

    /// <summary>The slow path of <see cref="F"/>: spaces around the value, or quotes.</summary>
    private static ReadOnlySpan<char> Clean(ReadOnlySpan<char> s)
    {
        s = s.Trim(" \t\r\n");
        if (s.IsEmpty || s[0] != '"')
        {
            return s;
        }

        var inner = s.Length >= 2 && s[^1] == '"' ? s[1..^1] : s[1..];
        return inner.Contains('"') ? inner.ToString().Replace("\"\"", "\"", StringComparison.Ordinal).AsSpan().Trim(" \t") : inner.Trim(" \t");
    }

    private int PeriodKey(in Stamp discharge) => _options.Period switch
    {
        PeriodGranularity.Year => discharge.Year,
        PeriodGranularity.Quarter => (discharge.Year * 4) + ((discharge.Month - 1) / 3),
        PeriodGranularity.Month => (discharge.Year * 12) + discharge.Month - 1,
        _ => throw new InvalidOperationException($"Unknown period granularity {_options.Period}."),
    };

    private static LocalDateTime ToLocal(in Stamp s) => new(s.Year, s.Month, s.Day, s.Seconds / 3600, s.Seconds / 60 % 60, s.Seconds % 60);

    private static long Sum(Span<long> costs, Span<bool> present, ImmutableArray<int> positions)
    {
        long sum = 0;
        foreach (var i in positions)
        {
            sum += present[i] ? costs[i] : 0;
        }

        return sum;
    }

    private string? Missing(ReadOnlySpan<char> value, int column) => FieldParsers.Trim(value).IsEmpty ? _layout.Names[column] : null;

    private RecordRejection Reject(long line, int column, ReadOnlySpan<char> value, RejectionRule rule, string what)
    {
        var field = _layout.Names[column];
        var text = FieldParsers.Trim(value).ToString();
        var shown = FrontPageFields.IsPersonal(field) ? RecordRejection.Mask : text;
        return new RecordRejection(line, field, text, rule, $"{field} '{shown}' {what}");
    }

    private static string Money(long fixedPoint) => (new decimal(fixedPoint) / 10_000m).ToString("0.00##", CultureInfo.InvariantCulture);

    private static bool In(bool[] table, int code) => code >= 0 && code < table.Length && table[code];

    private static bool[] Table(int size, params int[] codes)
    {
        var table = new bool[size];
        foreach (var code in codes)
        {
            if (code >= 0 && code < size)
            {
                table[code] = true;
            }
        }

        return table;
    }

    private const string DateForms = "is not a date of the form 2023-03-05, 2023-03-05 10:20:00 or 20230305";
}
