using HospitalDomain.Serialization;

namespace HospitalDomain.Tests.Conventions;

/// <summary>
/// The public surface of the library, written as text and compared with the committed snapshot
/// PublicApi/HospitalDomain.PublicApi.txt (the PublicApiAnalyzers package is not available).
/// To accept an intended change, run the tests with HOSPITALDOMAIN_UPDATE_PUBLIC_API=1 and commit
/// the updated file.
/// </summary>
public sealed class PublicApiTests
{
    private const string SnapshotName = "HospitalDomain.PublicApi.txt";

    [Fact]
    public void PublicApi_MatchesCommittedSnapshot()
    {
        var actual = PublicApiWriter.Write(typeof(HospitalDomainJsonOptions).Assembly);
        var sourceFile = FindSourceSnapshot();
        if (Environment.GetEnvironmentVariable("HOSPITALDOMAIN_UPDATE_PUBLIC_API") == "1" && sourceFile is not null)
        {
            File.WriteAllText(sourceFile, actual);
            return;
        }

        var approvedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi", SnapshotName);
        File.Exists(approvedPath).Should().BeTrue("the snapshot is copied to the output directory");
        var approved = File.ReadAllText(approvedPath).ReplaceLineEndings("\n");
        if (approved != actual)
        {
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "PublicApi", "HospitalDomain.PublicApi.received.txt"), actual);
        }

        actual.Should().Be(approved, "the public API changed: review the diff and, if intended, update the snapshot (HOSPITALDOMAIN_UPDATE_PUBLIC_API=1)");
    }

    private static string? FindSourceSnapshot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "HospitalDomain.Tests", "PublicApi", SnapshotName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
