using System.Text.Json;
using HospitalDomain.Assessments;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Assessments;

public sealed class AssessmentTests
{
    [Fact]
    public void Constructor_LiftedOrCostIndicatorWithoutPoints_IsRejected()
    {
        const string Json = """{"entity":"H0001","peerGroup":"综合-三级","total":1,"grade":"A","rank":1,"peerCount":1,"lifted":["level4SurgeryShare"]}""";

        FluentActions.Invoking(() => new Assessment("H0001", "综合-三级", 1m, "A", 1, 1, lifted: ["level4SurgeryShare"]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("lifted names 'level4SurgeryShare', which has no points in the assessment. (Parameter 'lifted')");
        FluentActions.Invoking(() => new Assessment("H0001", "综合-三级", 1m, "A", 1, 1, cost: ["level4SurgeryShare"]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("cost");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Assessment>(Json, JsonAssert.Options))
            .Should().ThrowExactly<JsonException>().WithMessage("Invalid Assessment: lifted names 'level4SurgeryShare', which has no points in the assessment. (Parameter 'lifted')");
    }
}
