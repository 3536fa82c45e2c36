using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class AnswerTableTests
{
    [Fact]
    public void Of_NullAnswer_IsRejected()
    {
        FluentActions.Invoking(() => AnswerTable.Of([new QualitativeAnswer("H0001", "x", 1), null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("answers must not contain null.*")
            .And.ParamName.Should().Be("answers");
    }

    [Fact]
    public void Of_TwoAnswersToOneQuestion_AreRejected()
    {
        FluentActions.Invoking(() => AnswerTable.Of([new QualitativeAnswer("H0001", "x", 1), new QualitativeAnswer("H0001", "x", 2)]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("answers give x of H0001 more than once.*")
            .And.ParamName.Should().Be("answers");
    }

    [Fact]
    public void TryGetPoints_FindsEachAnswerByHospitalAndIndicator()
    {
        var table = AnswerTable.Of([new QualitativeAnswer("H0001", "x", 1), new QualitativeAnswer("H0001", "y", 2), new QualitativeAnswer("H0002", "x", 3)]);

        table.TryGetPoints("H0001", "y", out var points).Should().BeTrue();
        points.Should().Be(2m);
        table.TryGetPoints("H0002", "x", out points).Should().BeTrue();
        points.Should().Be(3m);
        table.TryGetPoints("H0002", "y", out _).Should().BeFalse();
        AnswerTable.Of(null).TryGetPoints("H0001", "x", out _).Should().BeFalse();
    }
}
