using System.Collections.Immutable;
using System.Globalization;
using HospitalDomain.Assessments;
using HospitalDomain.Cli.Charts;
using HospitalDomain.Excel;
using HospitalDomain.Indicators;
using HospitalDomain.Samples;

namespace HospitalDomain.Cli.Commands;

/// <summary><c>hospital assess [--cohort FILE | --figures FILE] [--scheme FILE] [--json]</c>: scores, ranks and grades a cohort.</summary>
internal sealed class AssessCommand : ICommand
{
    public string Name => "assess";

    public string Summary => "Score, rank and grade a cohort of hospitals (default: a synthetic province of 300 under the illustrative scheme).";

    public string Usage =>
        "hospital assess [--cohort FILE | --figures FILE] [--scheme FILE] [--top N | --hospital NAME] [--xlsx FILE] [--chart FILE [--font NAME]] [--json]\n" +
        "--cohort: a JSON array of CohortMember (entity, peerGroup, evaluation), read element by element; default: a deterministic synthetic province of 300 hospitals\n" +
        "--figures: a JSON array of CohortFigures (peerGroup, current and previous MetricSet), read and evaluated with the scheme's edition element by element; or an .xlsx summary table with a 同级组 column (docs/excel.md)\n" +
        "--scheme: an AssessmentScheme as JSON; default: the illustrative scheme (not official: the national weights and cut-offs are not public)\n" +
        "--hospital: one hospital's standing, indicator by indicator: value, percentile and rank in its peer group, points\n" +
        "--xlsx: also write the assessment as a workbook (totals and grades; points per indicator)\n" +
        "--chart: a .png or .svg of the grade distribution and the total score per peer group, in the CJK font --font names (a family or a file)";

    public IReadOnlyCollection<string> ValueOptions => ["cohort", "figures", "scheme", "top", "hospital", "xlsx", "chart", "font"];

    public int Run(CommandLine line, CliContext context)
    {
        var json = line.Flag("json");
        var cohortPath = line.Option("cohort");
        var figuresPath = line.Option("figures");
        var schemePath = line.Option("scheme");
        var topText = line.Option("top");
        var hospital = line.Option("hospital");
        var xlsxPath = line.Option("xlsx");
        var chartPath = line.Option("chart");
        var font = line.Option("font");
        line.EnsureAllUsed(maxPositional: 0);
        if (font is not null && chartPath is null)
        {
            throw new CliException("--font needs --chart too");
        }

        CliCharts.Check(chartPath);
        if (cohortPath is not null && figuresPath is not null)
        {
            throw new CliException("give --cohort or --figures, not both");
        }

        if (topText is not null && hospital is not null)
        {
            throw new CliException("give --top or --hospital, not both");
        }

        var top = 10;
        if (topText is not null && (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top < 1))
        {
            throw new CliException($"--top must be a positive number, was '{topText}'");
        }

        var scheme = schemePath is null ? AssessmentSchemes.Illustrative2020 : context.ReadJson<AssessmentScheme>(schemePath);
        var edition = IndicatorEditions.All.FirstOrDefault(e => e.Id == scheme.EditionId)
            ?? throw new CliException($"{schemePath}: the scheme's edition '{scheme.EditionId}' is not a shipped edition");
        // Streamed: each element is read (and evaluated) as the calculator asks for it, and only what it scores is kept.
        var members = cohortPath is not null ? context.ReadJsonArray<CohortMember>(cohortPath)
            : figuresPath is not null ? Evaluate(CliWorkbooks.IsWorkbook(figuresPath) ? CliWorkbooks.ReadFigures(figuresPath) : context.ReadJsonArray<CohortFigures>(figuresPath), edition, figuresPath)
            : SyntheticProvince.Generate(300, edition: edition);
        var result = new AssessmentCalculator(scheme, edition).Assess(members);
        if (xlsxPath is not null)
        {
            CliWorkbooks.WriteAssessment(xlsxPath, result, edition);
        }

        if (chartPath is not null && json)
        {
            CliCharts.SaveAssessment(context.Output, json, chartPath, font, result);
        }
        if (hospital is not null)
        {
            if (!result.TryGetAssessment(hospital, out var assessment))
            {
                throw new CliException($"'{hospital}' is not in the cohort");
            }

            if (json)
            {
                context.WriteJson(assessment);
            }
            else
            {
                WriteStanding(context.Output, assessment, edition);
                WriteFiles(context.Output, xlsxPath, chartPath, font, result);
            }

            return CliApplication.Success;
        }

        if (json)
        {
            // As the CohortAssessment's own JSON, one assessment at a time: the text of a large cohort is never held whole.
            context.WriteJsonStreamed(
                w => w.WriteString("schemeId", result.SchemeId),
                "assessments",
                result.Assessments,
                w => WriteStatistics(w, result.Statistics));
            return CliApplication.Success;
        }

        var output = context.Output;
        output.WriteLine($"{scheme.Title} — {result.Assessments.Length} hospitals{(scheme.Illustrative ? " (illustrative scheme: not official grades)" : string.Empty)}");
        output.WriteLine();
        var counts = scheme.GradeBands.Select(b => (b.Grade, Count: result.Assessments.Count(a => a.Grade == b.Grade))).ToList();
        if (Rendering.Terminal.IsInteractive(output))
        {
            Rendering.Terminal.Create(output, terminal: true).Write(Rendering.Terminal.Bars("等级分布", counts.Select(c => (c.Grade, (double)c.Count, Spectre.Console.Color.SteelBlue))));
        }
        else
        {
            output.WriteLine("Grade distribution");
            var widest = Math.Max(1, counts.Max(c => c.Count));
            foreach (var (grade, count) in counts)
            {
                output.WriteLine($"  {grade,-4} {new string('█', (int)Math.Ceiling(count * 40.0 / widest)),-40} {count}");
            }
        }

        output.WriteLine();
        var table = new TextTable("排名", "医院", "同级组", "总分", "等级").AlignRight(0, 3);
        foreach (var a in result.Assessments.Take(top))
        {
            table.Add($"{a.Rank}/{a.PeerCount}", a.Entity, a.PeerGroup, a.Total.ToString("0.00", CultureInfo.InvariantCulture), a.Grade);
        }

        table.WriteTo(output);
        output.WriteLine();
        if (!result.Assessments.IsEmpty)
        {
            output.WriteLine(ChineseExplanation.Of(result.Assessments[0], edition));
        }

        WriteFiles(output, xlsxPath, chartPath, font, result);
        return CliApplication.Success;
    }

    /// <summary>After the text: the chart drawn and the workbook written, said in a line each.</summary>
    private static void WriteFiles(TextWriter output, string? xlsxPath, string? chartPath, string? font, CohortAssessment result)
    {
        if (xlsxPath is not null)
        {
            output.WriteLine();
            output.WriteLine($"Workbook: {xlsxPath}");
        }

        if (chartPath is not null)
        {
            CliCharts.SaveAssessment(output, json: false, chartPath, font, result);
        }
    }

    /// <summary>One hospital, indicator by indicator: where it stands in its peer group and what each earned.</summary>
    private static void WriteStatistics(System.Text.Json.Utf8JsonWriter writer, ImmutableArray<IndicatorStatistics> statistics)
    {
        writer.WritePropertyName("statistics");
        System.Text.Json.JsonSerializer.Serialize(writer, statistics, CliContext.TypeInfo<ImmutableArray<IndicatorStatistics>>());
    }

    private static void WriteStanding(TextWriter output, Assessment assessment, IndicatorEdition edition)
    {
        output.WriteLine(ChineseExplanation.Of(assessment, edition));
        output.WriteLine();
        var table = new TextTable("指标", "数值", "百分位", "组内排名", "得分").AlignRight(1, 2, 3, 4);
        foreach (var p in assessment.Points)
        {
            var entry = edition[p.IndicatorCode];
            var value = p.IndicatorValue is { } v ? IndicatorResult.Create(entry, IndicatorStatus.Computed, v).Format() : "—";
            var percentile = p.PercentileRank is { } pr ? pr.ToString("0.0", CultureInfo.InvariantCulture) : "—";
            var rank = p.Rank is { } r ? $"{r}" : p.Missing ? "缺少数据" : "—";
            table.Add($"{entry.Serial} {entry.ChineseName}", value, percentile, rank, $"{Round(p.Points)}/{Round(p.Weight)}");
        }

        table.WriteTo(output);
        output.WriteLine();
        foreach (var d in assessment.Dimensions)
        {
            output.WriteLine($"  {d.Dimension}: {Round(d.Points)}/{Round(d.Weight)}");
        }

        static string Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
    }

    private static IEnumerable<CohortMember> Evaluate(IEnumerable<CohortFigures> figures, IndicatorEdition edition, string path)
    {
        var calculator = new IndicatorCalculator(edition);
        var i = 0;
        foreach (var element in figures)
        {
            CohortMember member;
            try
            {
                member = element.Evaluate(calculator);
            }
            catch (ArgumentException e)
            {
                throw new CliException($"{path} at $[{i}]: {e.Message}");
            }

            i++;
            yield return member;
        }
    }
}
