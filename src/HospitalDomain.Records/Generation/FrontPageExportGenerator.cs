using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using HospitalDomain.Metrics;
using HospitalDomain.Records.Reading;

namespace HospitalDomain.Records.Generation;

/// <summary>
/// Writes deterministic, synthetic front-page exports with the national field names: 124 columns,
/// plausible distributions of stays, operations and costs, and a chosen share of rows that each break
/// exactly one validation rule. For tests, benchmarks and demonstrations; never real patient data.
/// </summary>
/// <remarks>
/// Personal fields are filled with obviously synthetic values (姓名 测试患者0000123, 身份证号
/// SYN000000000123, 电话 000-0000-0123, 虚构 addresses) so that a leak would be recognisable; the reader
/// never reads them. Thread-safe: no shared state.
/// </remarks>
public static class FrontPageExportGenerator
{
    private const int ProcedureSlots = 5;
    private const int DiagnosisSlots = 5;

    private static readonly string[] Departments = ["0301", "0302", "0304", "0305", "0401", "0402", "0403", "0404", "0501", "0502", "0701", "1001", "1101", "1201", "0601"];
    private static readonly (string Code, string Name)[] Diagnoses =
    [
        ("I21.900", "急性心肌梗死"), ("K35.800", "急性阑尾炎"), ("J18.900", "肺炎"), ("I63.900", "脑梗死"), ("K80.100", "胆囊结石伴胆囊炎"),
        ("S72.000", "股骨颈骨折"), ("O80.000", "单胎顺产"), ("C34.900", "支气管和肺恶性肿瘤"), ("E11.900", "2型糖尿病"), ("N20.000", "肾结石"),
        ("H25.900", "老年性白内障"), ("I10.x00", "高血压"), ("K40.900", "腹股沟疝"), ("M17.900", "膝关节病"), ("J44.100", "慢性阻塞性肺病伴急性加重"),
    ];

    private static readonly (string Code, string Name, bool MinimallyInvasive)[] Operations =
    [
        ("51.2301", "腹腔镜下胆囊切除术", true), ("47.0101", "腹腔镜下阑尾切除术", true), ("47.0901", "阑尾切除术", false), ("36.0601", "冠状动脉药物洗脱支架置入术", true),
        ("81.5101", "全髋关节置换术", false), ("81.5401", "全膝关节置换术", false), ("13.4101", "白内障超声乳化抽吸术", true), ("53.0201", "腹股沟疝修补术", false),
        ("32.4101", "胸腔镜下肺叶切除术", true), ("74.1x01", "子宫下段剖宫产术", false), ("55.0401", "经皮肾镜取石术", true), ("01.2401", "开颅术", false),
        ("79.3501", "股骨骨折切开复位内固定术", false), ("68.4101", "腹腔镜下全子宫切除术", true), ("88.7201", "超声心动图", false), ("45.1301", "胃镜检查", false),
    ];

    private static readonly (string Group, decimal Weight, bool LowRisk)[] Groups =
    [
        ("FM19", 1.5612m, false), ("GD19", 0.8931m, false), ("ES23", 0.9120m, false), ("BR25", 1.2043m, false), ("HC25", 0.8451m, true), ("IC29", 3.1125m, false),
        ("OB21", 0.6210m, true), ("ER39", 2.4517m, false), ("KD19", 0.7034m, true), ("LR19", 0.9921m, false), ("CB39", 0.5012m, true), ("FV29", 0.9345m, false),
        ("GE19", 0.7733m, true), ("IB19", 1.8821m, false), ("RE19", 2.0015m, false),
    ];

    private static readonly string[] TopItems =
        ["YLFUF", "ZLCZF", "HLF", "QTFY", "BLZDF", "SYSZDF", "YXXZDF", "LCZDXMF", "FSSZLXMF", "SSZLF", "KFF", "ZYZLF", "XYF", "ZCYF", "ZCYF1", "XF", "BDBLZPF", "QDBLZPF", "NXYZLZPF", "XBYZLZPF", "HCYYCLF", "YYCLF", "YCXYYCLF", "QTF"];

    private static readonly RejectionRule[] DefectKinds = Enum.GetValues<RejectionRule>();

    /// <summary>Gets the header the generator writes, in column order.</summary>
    public static ImmutableArray<string> Columns { get; } = BuildColumns();

    /// <summary>Gets the column of the DRG group code (DRG分组编码).</summary>
    public static string DrgGroupField => "DRGBM";

    /// <summary>Gets the column of the DRG relative weight (DRG权重).</summary>
    public static string DrgWeightField => "DRGQZ";

    /// <summary>
    /// Gets the aggregation rules matching the generated data: the default rules with its DRG columns,
    /// its low-risk groups and its minimally invasive operation codes.
    /// </summary>
    public static AggregationRules Rules { get; } = new()
    {
        DrgGroupField = DrgGroupField,
        DrgWeightField = DrgWeightField,
        LowRiskDrgGroups = [.. Groups.Where(g => g.LowRisk).Select(g => g.Group)],
        MinimallyInvasiveCodes = [.. Operations.Where(o => o.MinimallyInvasive).Select(o => o.Code)],
    };

    /// <summary>Writes an export to a file (created or overwritten).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">What to write.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static GeneratedExport WriteFile(string path, FrontPageExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        return Write(stream, options);
    }

    /// <summary>Writes an export to a stream, which is left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="options">What to write.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static GeneratedExport Write(Stream stream, FrontPageExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var counting = new CountingStream(stream);
        var encoding = options.Encoding == RecordEncoding.Gb18030 ? BlockSource.Gb18030 : new UTF8Encoding(options.ByteOrderMark);
        var target = options.Gzip ? new GZipStream(counting, CompressionLevel.Fastest, leaveOpen: true) : (Stream)counting;
        var generator = new RowGenerator(options);
        using (var writer = new StreamWriter(target, encoding, 1 << 16, leaveOpen: true))
        {
            writer.NewLine = options.NewLine;
            generator.WriteAll(writer);
        }

        if (options.Gzip)
        {
            target.Dispose();
        }

        return new GeneratedExport(options.Rows, counting.Written, generator.DefectCounts(), generator.Expected(), Columns.Length);
    }

    private static ImmutableArray<string> BuildColumns()
    {
        var columns = new List<string>
        {
            "USERNAME", "ZZJGDM", "YLFKFS", "ZYCS", "BAH", "XM", "XB", "CSRQ", "NL", "SFZH", "XZZ", "DH", "LXRXM", "LXRDH",
            "RYTJ", "RYSJ", "RYKB", "CYSJ", "CYKB", "SJZYTS", "MZZD", "ZYZD", "JBDM", "RYBQ",
        };
        for (var n = 1; n <= DiagnosisSlots; n++)
        {
            columns.AddRange([$"QTZD{n}", $"JBDM{n}", $"RYBQ{n}"]);
        }

        for (var n = 1; n <= ProcedureSlots; n++)
        {
            columns.AddRange([$"SSJCZBM{n}", $"SSJCZRQ{n}", $"SSJB{n}", $"SSJCZMC{n}", $"QKDJ{n}", $"QKYHLB{n}", $"MZFS{n}"]);
        }

        columns.Add("LYFS");
        columns.AddRange(FrontPageFields.CostFields);
        columns.AddRange([DrgGroupField, DrgWeightField]);
        return [.. columns];
    }

    /// <summary>SplitMix64: small, fast and the same on every runtime.</summary>
    private struct Random64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next()
        {
            unchecked
            {
                var z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }

        public int Below(int n) => (int)(Next() % (ulong)n);

        public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

        public bool Chance(double p) => Unit() < p;
    }

    private sealed class RowGenerator
    {
        private readonly FrontPageExportOptions _options;
        private readonly long[] _defects = new long[DefectKinds.Length];
        private readonly decimal[,] _expected;
        private readonly long[] _nextCase;
        private readonly (long Case, bool Alpha, int Admission)?[] _lastValid;
        private readonly char[] _line = new char[16384];
        private readonly long[] _costs = new long[FrontPageFields.CostFields.Length];
        private readonly (int Op, int Level, int Incision, int Day)[] _procedures = new (int, int, int, int)[ProcedureSlots];
        private Random64 _random;
        private int _length;

        public RowGenerator(FrontPageExportOptions options)
        {
            _options = options;
            _random = new Random64(options.Seed);
            _expected = new decimal[options.Hospitals, ExpectedCodes.Length];
            _nextCase = new long[options.Hospitals];
            _lastValid = new (long, bool, int)?[options.Hospitals];
            for (var h = 0; h < options.Hospitals; h++)
            {
                _nextCase[h] = 100_000 + (long)_random.Below(800_000);
            }
        }

        private static string[] ExpectedCodes { get; } =
        [
            "discharges", "dischargedPatientBedDays", "inpatientDeaths", "surgeries", "level4Surgeries", "level3Surgeries", "minimallyInvasiveSurgeries",
            "classOneIncisionSurgeries", "classOneIncisionInfections", "inpatientRevenue", "inpatientDrugRevenue", "consumablesRevenue", "lowRiskGroupCases", "lowRiskGroupDeaths",
        ];

        public void WriteAll(StreamWriter writer)
        {
            writer.Write(string.Join(_options.Separator, Columns));
            writer.Write(_options.NewLine);
            for (long i = 0; i < _options.Rows; i++)
            {
                WriteRow(writer, i);
            }
        }

        public ImmutableArray<KeyValuePair<RejectionRule, long>> DefectCounts() =>
            [.. DefectKinds.Where(k => _defects[(int)k] > 0).Select(k => KeyValuePair.Create(k, _defects[(int)k]))];

        public ImmutableArray<MetricSet> Expected()
        {
            var sets = ImmutableArray.CreateBuilder<MetricSet>();
            for (var h = 0; h < _options.Hospitals; h++)
            {
                if (_expected[h, 0] == 0)
                {
                    continue;
                }

                var builder = MetricSet.CreateBuilder(MetricCatalogue.Standard, HospitalCode(h), ReportingPeriod.Year(_options.Year));
                for (var m = 0; m < ExpectedCodes.Length; m++)
                {
                    builder.Set(ExpectedCodes[m], _expected[h, m]);
                }

                sets.Add(builder.Build());
            }

            return [.. sets.OrderBy(s => s.Entity, StringComparer.Ordinal)];
        }

        private static string HospitalCode(int h) => string.Create(CultureInfo.InvariantCulture, $"SYN{h + 1:D6}");

        private void WriteRow(StreamWriter writer, long index)
        {
            ref var r = ref _random;
            var defect = r.Chance(_options.DefectShare) ? DefectKinds[r.Below(DefectKinds.Length)] : (RejectionRule?)null;
            var h = r.Below(_options.Hospitals);
            if (defect == RejectionRule.DuplicateStay && _lastValid[h] is null)
            {
                defect = RejectionRule.MissingValue;
            }

            long caseNumber;
            bool alpha;
            int admissionNumber;
            if (defect == RejectionRule.DuplicateStay)
            {
                (caseNumber, alpha, admissionNumber) = _lastValid[h]!.Value;
            }
            else
            {
                caseNumber = _nextCase[h]++;
                alpha = r.Chance(0.02);
                admissionNumber = 1 + (r.Chance(0.8) ? 0 : r.Below(6));
            }

            var year = _options.Year;
            var dischargeDay = FieldParsers.DayNumber(year, 1, 1) + r.Below(DateTime.IsLeapYear(year) ? 366 : 365);
            var days = r.Chance(0.04) ? 0 : Math.Min(90, 1 + (int)(-Math.Log(1 - r.Unit()) * 8));
            if (defect == RejectionRule.DischargeBeforeAdmission)
            {
                days = Math.Max(days, 2);
            }

            var admissionDay = dischargeDay - days;
            var admissionSeconds = (6 * 3600) + r.Below(14 * 3600);
            var dischargeSeconds = days == 0 ? admissionSeconds + r.Below(3 * 3600) : (8 * 3600) + r.Below(10 * 3600);
            var dateForm = r.Below(10) switch { < 7 => 0, < 9 => 1, _ => 2 };
            var lengthOfStay = Math.Max(1, days);
            var age = r.Below(95);
            var sex = r.Chance(0.5) ? 1 : 2;
            var method = r.Unit() switch { < 0.008 => 5, < 0.9 => 1, < 0.93 => 2, < 0.95 => 3, < 0.99 => 4, _ => 9 };
            var department = r.Below(Departments.Length);
            var diagnosis = r.Below(Diagnoses.Length);
            var otherDiagnoses = r.Below(DiagnosisSlots + 1);
            var procedureCount = r.Chance(0.45) ? 1 + r.Below(3) : (r.Chance(0.2) ? 1 : 0);
            if (defect == RejectionRule.OperationLevel)
            {
                procedureCount = Math.Max(1, procedureCount);
            }

            var anyOperation = false;
            var maxLevel = 0;
            var minimallyInvasive = false;
            var classOne = 0;
            var infected = false;
            for (var p = 0; p < procedureCount; p++)
            {
                var op = r.Below(Operations.Length);
                var level = r.Chance(0.12) ? 0 : r.Unit() switch { < 0.15 => 1, < 0.45 => 2, < 0.8 => 3, _ => 4 };
                var incision = level == 0 ? (r.Chance(0.5) ? -1 : 0) : r.Unit() switch { < 0.3 => 0, < 0.62 => 1, < 0.67 => 2, < 0.675 => 3, < 0.68 => 10, < 0.85 => 4, < 0.9 => 5, < 0.97 => 7, _ => 8 };
                _procedures[p] = (op, level, incision, admissionDay + r.Below(lengthOfStay));
                if (level > 0)
                {
                    anyOperation = true;
                    maxLevel = Math.Max(maxLevel, level);
                    minimallyInvasive |= Operations[op].MinimallyInvasive;
                    if (incision is 1 or 2 or 3 or 10)
                    {
                        classOne++;
                        infected |= incision == 3;
                    }
                }
            }

            // Costs in fen (0.01 yuan): every item, then the sub-items within their items, ZFY the sum of the items.
            Array.Clear(_costs);
            long total = 0;
            var scale = 1 + (lengthOfStay / 4) + (anyOperation ? 3 : 0);
            foreach (var item in TopItems)
            {
                var share = item switch { "XYF" => 600_000, "HCYYCLF" or "YYCLF" => 150_000, "YCXYYCLF" => anyOperation ? 400_000 : 0, "SSZLF" => anyOperation ? 300_000 : 0, _ => 60_000 };
                var amount = share == 0 || r.Chance(0.35) ? 0 : (long)(r.Unit() * share * scale / 10);
                _costs[CostIndex(item)] = amount;
                total += amount;
            }

            if (defect is RejectionRule.NegativeCost or RejectionRule.CostPartsExceedTotal && _costs[CostIndex("XYF")] < 200)
            {
                total += 200 - _costs[CostIndex("XYF")];
                _costs[CostIndex("XYF")] = 200;
            }

            _costs[CostIndex("ZFY")] = total;
            _costs[CostIndex("ZFJE")] = total * r.Below(60) / 100;
            _costs[CostIndex("WLZLF")] = _costs[CostIndex("FSSZLXMF")] * r.Below(50) / 100;
            _costs[CostIndex("MAF")] = _costs[CostIndex("SSZLF")] * r.Below(30) / 100;
            _costs[CostIndex("SSF")] = _costs[CostIndex("SSZLF")] * r.Below(60) / 100;
            _costs[CostIndex("KJYWF")] = _costs[CostIndex("XYF")] * r.Below(40) / 100;
            var group = r.Below(Groups.Length);
            if (Groups[group].LowRisk && method == 5 && defect is null && r.Chance(0.95))
            {
                method = 1;
            }

            var quoted = r.Below(1000) switch { < 30 => 1, < 32 => 2, < 35 => 3, _ => 0 };
            var missingWhich = r.Below(4);

            _length = 0;
            var sep = _options.Separator;
            var last = Columns.Length - (defect == RejectionRule.ColumnCount ? 1 : 0);
            var n = Index(index);
            for (var c = 0; c < last; c++)
            {
                if (c > 0)
                {
                    Append(sep);
                }

                var column = Columns[c];
                switch (column)
                {
                    case "USERNAME": Append("虚构第"); Append(h + 1); Append("人民医院"); break;
                    case "ZZJGDM": Append(HospitalCode(h)); break;
                    case "YLFKFS": Append(r.Chance(0.6) ? "1.1" : "2.1"); break;
                    case "ZYCS": Append(admissionNumber); break;
                    case "BAH":
                        if (!(defect == RejectionRule.MissingValue && missingWhich == 0))
                        {
                            if (alpha)
                            {
                                Append("ZY");
                            }

                            Append(caseNumber);
                        }

                        break;
                    case "XM": Append("测试患者"); Append(n); break;
                    case "XB": Append(sex); break;
                    case "CSRQ": AppendDate(admissionDay - (age * 365) - r.Below(365), 0, 1); break;
                    case "NL": Append(age); break;
                    case "MZ": Append("01"); break;
                    case "SFZH": Append("SYN"); Append(n); break;
                    case "XZZ": Append("虚构省样例市测试路"); Append(index % 997); Append("号"); break;
                    case "DH": Append("000-0000-"); Append(index % 10_000); break;
                    case "LXRXM": Append("测试联系人"); Append(n); break;
                    case "LXRDH": Append("000-0001-"); Append(index % 10_000); break;
                    case "RYTJ": Append(r.Chance(0.4) ? 1 : 2); break;
                    case "RYSJ":
                        if (defect == RejectionRule.DischargeBeforeAdmission)
                        {
                            AppendDate(dischargeDay, dischargeSeconds, dateForm);
                        }
                        else
                        {
                            AppendDate(admissionDay, admissionSeconds, dateForm);
                        }

                        break;
                    case "RYKB": Append(Departments[department]); break;
                    case "CYSJ":
                        if (defect == RejectionRule.InvalidDate)
                        {
                            Append(year); Append("-02-30 10:00:00");
                        }
                        else if (defect == RejectionRule.MissingValue && missingWhich == 1)
                        {
                        }
                        else if (defect == RejectionRule.DischargeBeforeAdmission)
                        {
                            AppendDate(admissionDay, admissionSeconds, dateForm);
                        }
                        else
                        {
                            AppendDate(dischargeDay, dischargeSeconds, dateForm);
                        }

                        break;
                    case "CYKB": Append(Departments[department]); break;
                    case "SJZYTS":
                        if (defect == RejectionRule.InvalidNumber)
                        {
                            Append("约"); Append(lengthOfStay);
                        }
                        else
                        {
                            Append(lengthOfStay + (defect == RejectionRule.LengthOfStayMismatch ? 3 : 0));
                        }

                        break;
                    case "MZZD": Append(Diagnoses[diagnosis].Name); break;
                    case "ZYZD":
                        AppendQuoted(quoted switch
                        {
                            1 => Diagnoses[diagnosis].Name + ",待查",
                            2 => Diagnoses[diagnosis].Name + "\r\n（续）",
                            3 => Diagnoses[diagnosis].Name + "\"疑似\"",
                            _ => Diagnoses[diagnosis].Name,
                        });
                        break;
                    case "JBDM": Append(Diagnoses[diagnosis].Code); break;
                    case "RYBQ": Append(1 + r.Below(4)); break;
                    case "LYFS":
                        if (defect == RejectionRule.NotInValueTable)
                        {
                            Append(6);
                        }
                        else if (!(defect == RejectionRule.MissingValue && missingWhich == 2))
                        {
                            Append(method);
                        }

                        break;
                    case var d when d == DrgGroupField: Append(Groups[group].Group); break;
                    case var w when w == DrgWeightField: Append(Groups[group].Weight); break;
                    default:
                        if (!WriteNumbered(column, otherDiagnoses, procedureCount, defect, dateForm))
                        {
                            WriteCost(column, defect, missingWhich);
                        }

                        break;
                }
            }

            writer.Write(_line, 0, _length);
            writer.Write(_options.NewLine);
            if (defect is { } kind)
            {
                _defects[(int)kind]++;
                return;
            }

            _lastValid[h] = (caseNumber, alpha, admissionNumber);
            var died = method == 5;
            var lowRisk = Groups[group].LowRisk;
            decimal[] add =
            [
                1, lengthOfStay, died ? 1 : 0, anyOperation ? 1 : 0, maxLevel == 4 ? 1 : 0, maxLevel == 3 ? 1 : 0, minimallyInvasive ? 1 : 0,
                classOne, infected ? 1 : 0, _costs[CostIndex("ZFY")] / 100m,
                (_costs[CostIndex("XYF")] + _costs[CostIndex("ZCYF")] + _costs[CostIndex("ZCYF1")]) / 100m,
                (_costs[CostIndex("HCYYCLF")] + _costs[CostIndex("YYCLF")] + _costs[CostIndex("YCXYYCLF")]) / 100m,
                lowRisk ? 1 : 0, lowRisk && died ? 1 : 0,
            ];
            for (var m = 0; m < add.Length; m++)
            {
                _expected[h, m] += add[m];
            }
        }

        private bool WriteNumbered(string column, int otherDiagnoses, int procedureCount, RejectionRule? defect, int dateForm)
        {
            var digits = column.AsSpan().IndexOfAnyInRange('0', '9');
            if (digits < 0 || FrontPageFields.CostFields.Contains(column))
            {
                return false;
            }

            var prefix = column[..digits];
            var n = int.Parse(column.AsSpan(digits), CultureInfo.InvariantCulture);
            switch (prefix)
            {
                case "QTZD" or "JBDM" or "RYBQ":
                    if (n <= otherDiagnoses)
                    {
                        var d = Diagnoses[(n * 7) % Diagnoses.Length];
                        Append(prefix switch { "QTZD" => d.Name, "JBDM" => d.Code, _ => "4" });
                    }

                    return true;
                default:
                    if (n > procedureCount)
                    {
                        return true;
                    }

                    var (op, level, incision, day) = _procedures[n - 1];
                    switch (prefix)
                    {
                        case "SSJCZBM": Append(Operations[op].Code); break;
                        case "SSJCZRQ": AppendDate(day, 9 * 3600, dateForm == 2 ? 2 : 1); break;
                        case "SSJB":
                            if (defect == RejectionRule.OperationLevel && n == 1)
                            {
                                Append(5);
                            }
                            else if (level > 0)
                            {
                                Append(level);
                            }

                            break;
                        case "SSJCZMC": Append(Operations[op].Name); break;
                        case "QKDJ":
                            if (incision >= 0)
                            {
                                Append(incision switch { 0 => "0", 1 or 2 or 3 or 10 => "1", 4 or 5 => "2", _ => "3" });
                            }

                            break;
                        case "QKYHLB":
                            if (incision >= 0)
                            {
                                Append(incision);
                            }

                            break;
                        case "MZFS": Append(level > 0 ? "0101" : "03"); break;
                    }

                    return true;
            }
        }

        private void WriteCost(string column, RejectionRule? defect, int missingWhich)
        {
            var amount = _costs[CostIndex(column)];
            if (column == "ZFY")
            {
                if (defect == RejectionRule.MissingValue && missingWhich == 3)
                {
                    return;
                }

                if (defect == RejectionRule.CostPartsExceedTotal)
                {
                    amount -= 100;
                }
            }

            if (column == "XYF" && defect == RejectionRule.NegativeCost)
            {
                amount = -amount;
            }

            AppendMoney(amount);
        }

        private static int CostIndex(string field) => FrontPageFields.CostFields.IndexOf(field);

        private static long Index(long index) => 1_000_000 + index;

        private void AppendMoney(long fen)
        {
            if (fen < 0)
            {
                Append('-');
                fen = -fen;
            }

            Append(fen / 100);
            Append('.');
            var cents = fen % 100;
            Append((char)('0' + (cents / 10)));
            Append((char)('0' + (cents % 10)));
        }

        private void AppendDate(int dayNumber, int seconds, int form)
        {
            var date = DateOnly.FromDayNumber(dayNumber + 719_162);
            Span<char> buffer = stackalloc char[20];
            var format = form switch { 0 => "yyyy-MM-dd HH:mm:ss", 1 => "yyyy-MM-dd", _ => "yyyyMMdd" };
            var stamp = date.ToDateTime(new TimeOnly(seconds / 3600, seconds / 60 % 60, seconds % 60));
            stamp.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture);
            Append(buffer[..written]);
        }

        private void AppendQuoted(string value)
        {
            if (value.AsSpan().IndexOfAny(_options.Separator, '"', '\n') < 0 && !value.Contains('\r', StringComparison.Ordinal))
            {
                Append(value);
                return;
            }

            Append('"');
            Append(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            Append('"');
        }

        private void Append(char c) => _line[_length++] = c;

        private void Append(ReadOnlySpan<char> s)
        {
            s.CopyTo(_line.AsSpan(_length));
            _length += s.Length;
        }

        private void Append(long value)
        {
            value.TryFormat(_line.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
            _length += written;
        }

        private void Append(decimal value)
        {
            value.TryFormat(_line.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
            _length += written;
        }
    }

    /// <summary>A write-only stream that counts the bytes passed to another, which it leaves open.</summary>
    private sealed class CountingStream(Stream inner) : ForwardOnlyStream(inner, leaveOpen: true)
    {
        public long Written { get; private set; }

        public override bool CanWrite => true;

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Inner.Write(buffer);
            Written += buffer.Length;
        }
    }
}
