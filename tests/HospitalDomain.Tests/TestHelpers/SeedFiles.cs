namespace HospitalDomain.Tests.TestHelpers;

/// <summary>
/// Locates the news reports of hospitals' annual conferences ("seeds") that the model is checked
/// against. They live beside the repository, not in it; tests that read them are skipped when
/// they are absent.
/// </summary>
public static class SeedFiles
{
    /// <summary>The seeds folder, or null when it is not present.</summary>
    public static string? Directory { get; } = Find();

    /// <summary>Reads the seed whose file name starts with <paramref name="prefix"/> (e.g. "004"), or null.</summary>
    public static string? Read(string prefix)
    {
        if (Directory is null)
        {
            return null;
        }

        var file = System.IO.Directory.GetFiles(Directory, prefix + "_*.txt").FirstOrDefault();
        return file is null ? null : File.ReadAllText(file);
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HospitalDomain.sln")))
            {
                var seeds = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared", "seeds");
                return System.IO.Directory.Exists(seeds) ? seeds : null;
            }
        }

        return null;
    }
}
