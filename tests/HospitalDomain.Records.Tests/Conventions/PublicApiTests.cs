using HospitalDomain.Tests.Conventions;

namespace HospitalDomain.Records.Tests.Conventions;

/// <summary>
/// The public surface of HospitalDomain.Records, compared with the committed snapshot
/// PublicApi/HospitalDomain.Records.PublicApi.txt. To accept an intended change, run the tests with
/// HOSPITALDOMAIN_UPDATE_PUBLIC_API=1 and commit the updated file.
/// </summary>
public sealed class PublicApiTests
{
    private const string SnapshotName = "HospitalDomain.Records.PublicApi.txt";

    [Fact]
    public void PublicApi_MatchesCommittedSnapshot()
    {
        var actual = PublicApiWriter.Write(typeof(FrontPageAggregator).Assembly);
        if (Environment.GetEnvironmentVariable("HOSPITALDOMAIN_UPDATE_PUBLIC_API") == "1" && FindSourceSnapshot() is { } sourceFile)
        {
            File.WriteAllText(sourceFile, actual);
            return;
        }

        var approvedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi", SnapshotName);
        File.Exists(approvedPath).Should().BeTrue("the snapshot is copied to the output directory");
        actual.Should().Be(File.ReadAllText(approvedPath).ReplaceLineEndings("\n"), "the public API changed: review the diff and, if intended, update the snapshot (HOSPITALDOMAIN_UPDATE_PUBLIC_API=1)");
    }

    private static string? FindSourceSnapshot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "HospitalDomain.Records.Tests", "PublicApi", SnapshotName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
