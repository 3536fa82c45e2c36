namespace HospitalDomain.Excel.Tests.TestHelpers;

/// <summary>Finds files of the repository (samples, docs) from the test output directory.</summary>
public static class RepositoryFiles
{
    /// <summary>The repository root: the folder holding HospitalDomain.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of <paramref name="relativePath"/> (with '/' separators) under the repository root.</summary>
    public static string PathOf(string relativePath) => Path.Combine([Root, .. relativePath.Split('/')]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HospitalDomain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder with HospitalDomain.sln) was not found above " + AppContext.BaseDirectory);
    }
}
