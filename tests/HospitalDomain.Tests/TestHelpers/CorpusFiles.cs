using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace HospitalDomain.Tests.TestHelpers;

/// <summary>
/// The labelled report corpus: the labels (Text/Corpus/labels.json, in the repository) and the texts, which
/// are third-party publications kept beside the repository like the seeds: ../shared/corpus or ../text-corpus
/// for the public reports, ../shared/seeds for the seeds.
/// </summary>
public static class CorpusFiles
{
    /// <summary>The folder of the public report texts, or null when it is not present.</summary>
    public static string? Directory { get; } = Find();

    /// <summary>Every labelled text, with its text when it is present and matches its hash (else null).</summary>
    public static IReadOnlyList<LabelledText> All { get; } = Load();

    private static IReadOnlyList<LabelledText> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("tests/HospitalDomain.Tests/Text/Corpus/labels.json")));
        var texts = new List<LabelledText>();
        foreach (var entry in document.RootElement.GetProperty("texts").EnumerateArray())
        {
            var id = entry.GetProperty("id").GetString()!;
            var source = entry.GetProperty("source").GetString();
            string? text = id.StartsWith('s') ? SeedFiles.Read(id[1..]) : Directory is null ? null : ReadIfPresent(Path.Combine(Directory, id + ".txt"));
            if (text is not null && Sha256(text) != entry.GetProperty("sha256").GetString())
            {
                text = null;
            }

            var labels = entry.GetProperty("figures").EnumerateArray().Select(f => new Label(
                f.GetProperty("asWritten").GetString()!, f.GetProperty("value").GetDecimal(), f.GetProperty("start").GetInt32(), f.GetProperty("length").GetInt32(), f.GetProperty("kind").GetString()!)).ToList();
            texts.Add(new LabelledText(id, source, entry.GetProperty("part").GetString() == "heldOut", text, labels));
        }

        return texts;
    }

    private static string? ReadIfPresent(string path) => File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string? Find()
    {
        var root = Path.GetDirectoryName(RepositoryFiles.Root);
        foreach (var candidate in new[] { Path.Combine(root ?? ".", "shared", "corpus"), Path.Combine(root ?? ".", "text-corpus") })
        {
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>One labelled text.</summary>
    public sealed record LabelledText(string Id, string? Source, bool HeldOut, string? Text, IReadOnlyList<Label> Labels);

    /// <summary>One figure, change or target labelled by hand.</summary>
    public sealed record Label(string AsWritten, decimal Value, int Start, int Length, string Kind);
}

/// <summary>A fact that reads the corpus texts: skipped when they are not beside the repository.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (CorpusFiles.Directory is null || SeedFiles.Directory is null)
        {
            Skip = "The corpus texts (../shared/corpus or ../text-corpus) or the seeds (../shared/seeds) are not present.";
        }
    }
}
