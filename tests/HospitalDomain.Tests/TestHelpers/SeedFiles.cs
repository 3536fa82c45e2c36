namespace HospitalDomain.Tests.TestHelpers;

/// <summary>
/// The news reports of hospitals' annual conferences ("seeds") that the model is checked against:
/// the first five texts of the labelled corpus (Text/Corpus/texts/s000.txt … s004.txt).
/// </summary>
public static class SeedFiles
{
    /// <summary>The text of the seed numbered <paramref name="prefix"/> ("000" … "004").</summary>
    /// <exception cref="FileNotFoundException">No seed has that number.</exception>
    public static string Read(string prefix) => CorpusFiles.ReadText("s" + prefix);
}
