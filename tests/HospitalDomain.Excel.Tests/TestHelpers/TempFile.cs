namespace HospitalDomain.Excel.Tests.TestHelpers;

/// <summary>A file under the temporary folder, deleted when disposed.</summary>
public sealed class TempFile : IDisposable
{
    public TempFile(string extension = ".xlsx") => Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hospitaldomain-" + Guid.NewGuid().ToString("N") + extension);

    public string Path { get; }

    public void Dispose()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }
}
