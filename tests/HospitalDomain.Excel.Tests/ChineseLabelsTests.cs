using HospitalDomain.Accreditation;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Organizations;
using HospitalDomain.Records;

namespace HospitalDomain.Excel.Tests;

public sealed class ChineseLabelsTests
{
    [Fact]
    public void Of_EveryDefinedValue_HasADistinctChineseLabel()
    {
        Labels<IndicatorStatus>(ChineseLabels.Of);
        Labels<IndicatorDirection>(ChineseLabels.Of);
        Labels<ChangeAssessment>(ChineseLabels.Of);
        Labels<CriterionOutcome>(ChineseLabels.Of);
        Labels<CriterionKind>(ChineseLabels.Of);
        Labels<RejectionRule>(ChineseLabels.Of);
        Labels<WorkbookProblemKind>(ChineseLabels.Of);
        Labels<SourceStatus>(ChineseLabels.Of);
        Labels<MetricKind>(ChineseLabels.Of);
        Labels<MedicalGroupKind>(ChineseLabels.Of);
        Labels<DesignationStatus>(ChineseLabels.Of);
        Labels<AdministrativeTier>(ChineseLabels.Of);
    }

    [Fact]
    public void Of_UndefinedValue_Throws()
    {
        var act = () => ChineseLabels.Of((CriterionOutcome)99);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("criterionOutcome");
    }

    private static void Labels<T>(Func<T, string> label)
        where T : struct, Enum
    {
        var labels = Enum.GetValues<T>().Select(label).ToList();
        labels.Should().OnlyHaveUniqueItems(typeof(T).Name).And.OnlyContain(l => l.Any(c => c >= '\u4e00' && c <= '\u9fff'), typeof(T).Name);
    }
}
