using System.Buffers.Binary;
using System.Xml.Linq;
using HospitalDomain.Assessments;
using HospitalDomain.Cli.Charts;
using HospitalDomain.Excel;
using HospitalDomain.Indicators;
using HospitalDomain.Samples;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Cli;

/// <summary>
/// The charts of <c>hospital assess --chart</c> and <c>hospital evaluate --chart</c>: valid PNG and SVG
/// of the stated size. Set HOSPITALDOMAIN_WRITE_DOCS=1 to write the pictures under docs/images again.
/// </summary>
public sealed class ChartTests
{
    private static readonly ChartFont Font = ChartFont.Resolve(null);

    [Theory]
    [InlineData(".png")]
    [InlineData(".svg")]
    public void AssessmentChart_IsAnImageOfItsSize(string extension)
    {
        var path = TempPath(extension);
        try
        {
            AssessmentChart.Save(Cohort(), path, Font);

            ImageSize(path).Should().Be((AssessmentChart.Width, AssessmentChart.Height));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(".png")]
    [InlineData(".svg")]
    public void ChangeChart_IsAnImageOfItsSize(string extension)
    {
        var (current, previous) = Evaluations();
        var path = TempPath(extension);
        try
        {
            var height = ChangeChart.Save(current, previous, path, Font);

            height.Should().Be(ChangeChart.HeightFor(ChangeChart.Changes(current, previous).Count));
            ImageSize(path).Should().Be((ChangeChart.Width, height));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ChangeChart_JudgesByDirection()
    {
        var (current, previous) = Evaluations();

        var changes = ChangeChart.Changes(current, previous);

        changes.Should().NotBeEmpty();
        changes.Should().BeInAscendingOrder(c => c.Relative);
        foreach (var (definition, relative, assessment) in changes)
        {
            var expected = relative == 0m || definition.Direction == IndicatorDirection.MonitorOnly ? [ChangeAssessment.Unchanged, ChangeAssessment.NotJudged]
                : (relative > 0m) == (definition.Direction == IndicatorDirection.HigherIsBetter) ? new[] { ChangeAssessment.Improved } : [ChangeAssessment.Worsened];
            expected.Should().Contain(assessment, definition.Code);
        }
    }

    [Fact]
    public void ChartFont_UnknownFont_FallsBackAndSaysSo()
    {
        var font = ChartFont.Resolve("No Such Font 12345");

        font.Warning.Should().StartWith("the font 'No Such Font 12345' is not installed");
        if (font.Chinese)
        {
            ChartFont.Candidates.Should().Contain(font.Family);
            font.Text("等级", "Grade").Should().Be("等级");
        }
        else
        {
            font.Warning.Should().EndWith("the chart's labels are in English. Install a CJK font (Debian/Ubuntu: apt-get install fonts-noto-cjk) or name one with --font.");
            font.Text("等级", "Grade").Should().Be("Grade");
        }
    }

    [Fact]
    public void ChartFont_FileThatIsNoFont_FallsBackAndSaysSo()
    {
        var path = Path.Combine(Path.GetTempPath(), "hospital-no-font-" + Guid.NewGuid().ToString("N") + ".ttf");
        File.WriteAllText(path, "not a font");
        try
        {
            var font = ChartFont.Resolve(path);

            font.Warning.Should().Contain($"the font file '{path}'");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ChartFont_Default_IsACjkFontWhenOneIsInstalled()
    {
        var font = ChartFont.Resolve(null);

        if (font.Chinese)
        {
            font.Warning.Should().BeNull();
            ChartFont.Candidates.Should().Contain(font.Family);
        }
        else
        {
            font.Warning.Should().StartWith("no CJK font is installed: the chart's labels are in English.");
        }
    }

    [Fact]
    public void WriteDocsPictures_WhenAsked()
    {
        if (Environment.GetEnvironmentVariable("HOSPITALDOMAIN_WRITE_DOCS") != "1")
        {
            return;
        }

        Font.Chinese.Should().BeTrue("the pictures in docs show the Chinese labels: install fonts-noto-cjk");
        Directory.CreateDirectory(RepositoryFiles.PathOf("docs/images"));
        AssessmentChart.Save(Cohort(), RepositoryFiles.PathOf("docs/images/assess-chart.png"), Font);
        var (current, previous) = Evaluations();
        ChangeChart.Save(current, previous, RepositoryFiles.PathOf("docs/images/evaluate-chart.png"), Font);
    }

    private static CohortAssessment Cohort()
    {
        var edition = IndicatorEditions.All.First(e => e.Id == AssessmentSchemes.Illustrative2020.EditionId);
        return new AssessmentCalculator(AssessmentSchemes.Illustrative2020, edition).Assess(SyntheticProvince.Generate(300));
    }

    private static (IndicatorEvaluation Current, IndicatorEvaluation Previous) Evaluations()
    {
        // The county hospital's 2023 and 2022 figures of the summary sample workbook.
        var calculator = new IndicatorCalculator(IndicatorEditions.NationalTertiary2020);
        var sets = MetricWorkbook.Load(RepositoryFiles.PathOf("samples/Workbooks/summary.xlsx"));
        var (current, previous) = (sets[0], sets[1]);
        return (calculator.Evaluate(current, previous), calculator.Evaluate(previous));
    }

    private static string TempPath(string extension) => Path.Combine(Path.GetTempPath(), "hospitaldomain-chart-" + Guid.NewGuid().ToString("N") + extension);

    /// <summary>The width and height a PNG's IHDR chunk or an SVG's root element states; fails on anything else.</summary>
    private static (int Width, int Height) ImageSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (path.EndsWith(".png", StringComparison.Ordinal))
        {
            bytes.AsSpan(0, 8).ToArray().Should().Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], "a PNG starts with its signature");
            System.Text.Encoding.ASCII.GetString(bytes, 12, 4).Should().Be("IHDR", "the first chunk of a PNG is IHDR");
            return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        }

        var root = XDocument.Load(path).Root!;
        root.Name.Should().Be(XName.Get("svg", "http://www.w3.org/2000/svg"));
        return (int.Parse(root.Attribute("width")!.Value.Replace("px", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(root.Attribute("height")!.Value.Replace("px", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
    }
}
