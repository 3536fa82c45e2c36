using System.Text.Json;

namespace HospitalDomain.Tests.Root;

public sealed class JsonPathsTests
{
    [Fact]
    public void At_PrefixesThePath_AndKeepsPathAndReasonInData()
    {
        var inner = new FormatException("bad");
        var error = JsonPaths.At(".values.beds", "not a metric.", inner);

        error.Message.Should().Be("At .values.beds: not a metric.");
        error.InnerException.Should().BeSameAs(inner);
        error.Data[JsonPaths.RelativePathKey].Should().Be(".values.beds");
        error.Data[JsonPaths.ReasonKey].Should().Be("not a metric.");
        JsonPaths.RelativePathKey.Should().Be("HospitalDomain.RelativePath");
        JsonPaths.ReasonKey.Should().Be("HospitalDomain.Reason");
        JsonPaths.At(".entries[3]", "unknown.").InnerException.Should().BeNull();
    }

    [Fact]
    public void Invalid_NamesTheTypeAndTheInnerMessage()
    {
        var inner = new ArgumentException("beds must be non-negative, was -3.", "beds");
        var error = JsonPaths.Invalid("Hospital", inner);

        error.Should().BeOfType<JsonException>();
        error.Message.Should().Be("Invalid Hospital: beds must be non-negative, was -3. (Parameter 'beds')");
        error.InnerException.Should().BeSameAs(inner);
    }
}
