using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace HospitalDomain.Tests.TestHelpers;

/// <summary>
/// The labelled report corpus (tests/HospitalDomain.Tests/Text/Corpus): the labels (labels.json) and
/// the texts (texts/&lt;id&gt;.txt), each checked against the SHA-256 its labels were written for.
/// </summary>
public static class CorpusFiles
{
    private const string Folder = "tests/HospitalDomain.Tests/Text/Corpus";

    /// <summary>Every labelled text, with its text.</summary>
    public static IReadOnlyList<LabelledText> All { get; } = Load();

    /// <summary>The text of the corpus entry <paramref name="id"/> (p01 … p22, s000 … s004).</summary>
    /// <exception cref="FileNotFoundException">No text has that id.</exception>
    public static string ReadText(string id) => File.ReadAllText(RepositoryFiles.PathOf($"{Folder}/texts/{id}.txt"), Encoding.UTF8);

    private static IReadOnlyList<LabelledText> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf(Folder + "/labels.json")));
        var texts = new List<LabelledText>();
        foreach (var entry in document.RootElement.GetProperty("texts").EnumerateArray())
        {
            var id = entry.GetProperty("id").GetString()!;
            var source = entry.GetProperty("source").GetString();
            var text = ReadText(id);
            if (Sha256(text) != entry.GetProperty("sha256").GetString())
            {
                throw new InvalidDataException($"The corpus text {id} is not the text its labels were written for (SHA-256 differs).");
            }

            var labels = entry.GetProperty("figures").EnumerateArray().Select(f => new Label(
                f.GetProperty("asWritten").GetString()!, f.GetProperty("value").GetDecimal(), f.GetProperty("start").GetInt32(), f.GetProperty("length").GetInt32(), f.GetProperty("kind").GetString()!)).ToList();
            texts.Add(new LabelledText(id, source, entry.GetProperty("part").GetString() == "heldOut", text, labels));
        }

        return texts;
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>One labelled text.</summary>
    public sealed record LabelledText(string Id, string? Source, bool HeldOut, string Text, IReadOnlyList<Label> Labels);

    /// <summary>One figure, change or target labelled by hand.</summary>
    public sealed record Label(string AsWritten, decimal Value, int Start, int Length, string Kind);
}
