using System.Text.Json;
using System.Text.RegularExpressions;
using HospitalDomain.Cli;
using HospitalDomain.Indicators;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Cli;

/// <summary>
/// Every command docs/cli.md documents, in every option combination its synopsis allows (each
/// optional part alone, each alternative, nested parts with their parent), with and without
/// <c>--json</c>, and every example of its code blocks, run in process: the exit code is the one
/// expected, JSON output parses, bad input is one line, and no run prints a stack trace or exits 2.
/// The commands and options come from the document and the registry, so a command added later is
/// run too: with sample values where this test knows the option, with a placeholder (any exit but
/// 2) where it does not.
/// </summary>
public sealed partial class CommandMatrixTests
{
    private static readonly string Document = File.ReadAllText(RepositoryFiles.PathOf("docs/cli.md")).ReplaceLineEndings("\n");

    private static readonly Lazy<Dictionary<string, string>> Files = new(WriteFiles);

    public static TheoryData<string> Synopses() => new(Headings().SelectMany(h => h.Synopses));

    public static TheoryData<string> Examples() => new(DocumentedExamples().Select(e => e.Line));

    [Fact]
    public void Document_And_Registry_NameTheSameCommands()
    {
        var documented = Headings().SelectMany(h => h.Synopses).Select(CommandName).Distinct().ToList();

        documented.Should().BeEquivalentTo(CliApplication.Commands.Select(c => c.Name), "every command is documented in docs/cli.md, and every documented command exists");
    }

    [Fact]
    public void Synopses_NameEveryOptionOfTheirCommand()
    {
        foreach (var command in CliApplication.Commands)
        {
            var synopsis = string.Join(" ", Headings().SelectMany(h => h.Synopses).Where(s => CommandName(s) == command.Name));
            foreach (var option in command.ValueOptions)
            {
                synopsis.Should().Contain($"--{option} ", $"the synopsis of {command.Name} documents --{option} with its value");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Synopses))]
    public void EveryCombination_WithAndWithoutJson_KeepsTheContract(string synopsis)
    {
        var variants = Variants(Parse(Tokens(synopsis).Skip(1).ToList())).ToList();
        variants.Should().NotBeEmpty();
        foreach (var words in variants.Select(v => v.ToList()))
        {
            var known = true;
            var args = new List<string>();
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (IsPlaceholder(word))
                {
                    var option = i > 0 && words[i - 1].StartsWith("--", StringComparison.Ordinal) ? words[i - 1] : string.Empty;
                    var value = ValueFor(CommandName(synopsis), option, word);
                    known &= value is not null;
                    args.Add(value ?? "x");
                }
                else
                {
                    args.Add(word);
                }
            }

            var withJson = args.Contains("--json");
            Check(args, known ? 0 : null, withJson);
            if (!withJson && synopsis.Contains("[--json]", StringComparison.Ordinal))
            {
                Check([.. args, "--json"], known ? 0 : null, json: true);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryDocumentedExample_RunsAsShown(string line)
    {
        var example = DocumentedExamples().First(e => e.Line == line);
        var args = SplitArguments(line);
        Check(args, example.Fails ? 1 : 0, args.Contains("--json"));
    }

    [Fact]
    public void Matrix_CoversEveryCommandWithAndWithoutJson()
    {
        var synopses = Headings().SelectMany(h => h.Synopses).ToList();

        synopses.Should().Contain(s => s.Contains("--json", StringComparison.Ordinal), "the synopses say which commands take --json");
        // validate-code prints a verdict, generate-records an export and write a report's sentences, not data.
        foreach (var command in CliApplication.Commands.Where(c => c.Name is not ("validate-code" or "generate-records" or "write")))
        {
            synopses.Where(s => CommandName(s) == command.Name).Should().Contain(s => s.Contains("[--json]", StringComparison.Ordinal), $"{command.Name} prints data, so it takes --json");
        }
    }

    /// <summary>Runs the command line and checks the contract; <paramref name="expected"/> null accepts 0 or 1.</summary>
    private static void Check(IReadOnlyList<string> args, int? expected, bool json)
    {
        // The database commands work on the test's own SQLite file, never on hospital.db in the current folder.
        if (args.Count > 0 && args[0] == "db" && !args.Contains("--connection"))
        {
            args = [.. args, "--connection", Files.Value["database"]];
        }

        var run = CliRunner.Run([.. args]);
        var line = "hospital " + string.Join(" ", args);
        run.ExitCode.Should().NotBe(2, $"{line} is not a defect: {run.Error}");
        (run.Output + run.Error).Should().NotMatchRegex(@"(?m)^\s+at \S+\(", $"{line} prints no stack trace");
        if (expected is { } code)
        {
            run.ExitCode.Should().Be(code, $"{line} (stderr: {run.Error})");
        }

        if (run.ExitCode == 0)
        {
            run.Error.Should().BeEmpty(line);
            run.Output.Should().NotBeNullOrWhiteSpace(line);
            if (json)
            {
                var parse = () => JsonDocument.Parse(run.Output).Dispose();
                parse.Should().NotThrow($"{line} writes JSON");
            }
        }
        else
        {
            run.ShouldFailWithOneLine();
        }
    }

    /// <summary>The value this test gives a placeholder, or null when it knows none (a command added later).</summary>
    private static string? ValueFor(string command, string option, string placeholder) => (command, option, placeholder) switch
    {
        (_, "--edition", _) => "national-tertiary-2020",
        (_, "--edition-file", _) => Files.Value["edition"],
        (_, "--metrics", _) => Sample("example-2023.metrics.json"),
        (_, "--previous", _) => Sample("example-2022.metrics.json"),
        (_, "--profile", _) => Sample("county-hospital.profile.json"),
        (_, "--standard", _) => "basic-standard-1994-general",
        (_, "--standard-file", _) => Files.Value["standard"],
        (_, "--target", _) => "三级",
        (_, "--seed", _) => "1",
        (_, "--cohort", _) => Files.Value["cohort"],
        (_, "--figures", _) => Sample("city-2021.figures.json"),
        (_, "--scheme", _) => Sample("city-operations.scheme.json"),
        (_, "--top", _) => "3",
        ("assess", "--hospital", _) => "H0001",
        ("hospitals", "", "FILE") => Files.Value["hospitals"],
        ("ingest", "", "FILE...") => Files.Value["export"],
        ("read", "", "FILE") => Sample("example-2023.report.txt"),
        ("ingest", "--header-map", _) => Files.Value["header-map"],
        (_, "--rejects" or "--output", _) => Output(),
        (_, "--xlsx", _) => Output() + ".xlsx",
        (_, "--chart", _) => Output() + ".png",
        (_, "--font", _) => "Noto Sans CJK SC",
        ("db", "--connection", _) => Files.Value["database"],
        ("db", "", "FILE...") => Files.Value["export"],
        ("generate-records", "--rows" or "--hospitals", _) => "40",
        ("generate-records", "--defects", _) => "0.1",
        ("generate-records", "--year", _) => "2023",
        ("validate-code", "", "CODE") => "91350200776049653A",
        _ => null,
    };

    /// <summary>A fresh path in the test's folder for a file a command writes.</summary>
    private static string Output() => Path.Combine(Path.GetDirectoryName(Files.Value["edition"])!, Path.GetRandomFileName());

    private static string Sample(string name) => RepositoryFiles.PathOf("samples/HospitalDomain.Cli/Samples/" + name);

    private static Dictionary<string, string> WriteFiles()
    {
        var folder = Directory.CreateTempSubdirectory("hospital-matrix-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        string Write(string name, string text)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text);
            return path;
        }

        return new Dictionary<string, string>
        {
            ["edition"] = Write("edition.json", JsonSerializer.Serialize(IndicatorEditions.Operations, JsonAssert.Options)),
            ["standard"] = Write("standard.json", JsonSerializer.Serialize(HospitalDomain.Accreditation.AccreditationStandards.BasicStandard1994General, JsonAssert.Options)),
            ["cohort"] = Write("cohort.json", JsonSerializer.Serialize(HospitalDomain.Samples.SyntheticProvince.Generate(30), JsonAssert.Options)),
            ["hospitals"] = Write("hospitals.json", JsonSerializer.Serialize(HospitalDomain.Samples.SeedHospitals.All, JsonAssert.Options)),
            ["export"] = Write("export.csv", CliRunner.Run(["generate-records", "--rows", "300", "--defects", "0.05"]).ShouldSucceed().Output),
            ["header-map"] = Write("header-map.json", """{"出院科别": "CYKB"}"""),
            ["database"] = Database(Path.Combine(folder, "matrix.db")),
        };

        static string Database(string path)
        {
            var connection = "Data Source=" + path;
            CliRunner.Run(["db", "init", "--connection", connection]).ShouldSucceed();
            return connection;
        }
    }

    /// <summary>The command headings of docs/cli.md: "### `hospital X …` / `hospital Y …`", each with its synopses.</summary>
    private static IEnumerable<(string Heading, string[] Synopses)> Headings() =>
        HeadingPattern().Matches(Document).Select(m => (m.Value, SynopsisPattern().Matches(m.Value).Select(s => s.Groups["synopsis"].Value).ToArray()));

    /// <summary>The command a synopsis is of: the word after "hospital", or the default command when it is an option.</summary>
    private static string CommandName(string synopsis)
    {
        var words = Tokens(synopsis).ToList();
        return words.Count > 1 && char.IsLetter(words[1][0]) && !IsPlaceholder(words[1]) ? words[1] : CliApplication.DefaultCommand;
    }

    /// <summary>The example command lines of the code blocks, and whether the block shows them failing.</summary>
    private static IEnumerable<(string Line, bool Fails)> DocumentedExamples()
    {
        foreach (Match block in CodeBlockPattern().Matches(Document))
        {
            var lines = block.Groups["body"].Value.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var text = lines[i].Trim();
                text = text.StartsWith("$ ", StringComparison.Ordinal) ? text[2..] : text;
                // Pipes, redirections and quoted arguments need a shell (and a quoted connection string a server).
                if (!text.StartsWith("hospital ", StringComparison.Ordinal) || text.IndexOfAny(['|', '>', '<', '"']) >= 0)
                {
                    continue;
                }

                var comment = text.IndexOf(" #", StringComparison.Ordinal);
                text = Regex.Replace(comment >= 0 ? text[..comment] : text, @"\s+", " ").Trim();
                var fails = i + 1 < lines.Length && lines[i + 1].StartsWith("hospital: ", StringComparison.Ordinal);
                yield return (text, fails);
            }
        }
    }

    /// <summary>
    /// The arguments of an example line (without "hospital"), with sample paths made absolute, a file
    /// the example writes (after --output or --rejects) placed in the test's folder, and a file an
    /// earlier example writes ("hospital hospitals --json > hospitals.json", "--output export.csv")
    /// written there first.
    /// </summary>
    private static string[] SplitArguments(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        return [.. words.Select((a, i) =>
            a.StartsWith("samples/", StringComparison.Ordinal) ? RepositoryFiles.PathOf(a)
            : i > 0 && words[i - 1] is "--output" or "--rejects" or "--xlsx" or "--chart" ? InTestFolder(a)
            : WrittenByAnExample(a) ?? a)];
    }

    private static string InTestFolder(string name) => Path.Combine(Path.GetDirectoryName(Files.Value["edition"])!, name);

    private static string? WrittenByAnExample(string name)
    {
        var redirect = Regex.Match(Document, $@"^(?:\$ )?hospital (?<args>[^>\n]*) > {Regex.Escape(name)}\s*$", RegexOptions.Multiline);
        if (redirect.Success)
        {
            var run = CliRunner.Run(SplitArguments("hospital " + redirect.Groups["args"].Value.Trim())).ShouldSucceed();
            File.WriteAllText(InTestFolder(name), run.Output);
            return InTestFolder(name);
        }

        var output = Regex.Match(Document, $@"^(?:\$ )?(?<line>hospital [^>\n]* --output {Regex.Escape(name)}(?: [^>\n]*)?)\s*$", RegexOptions.Multiline);
        if (output.Success)
        {
            CliRunner.Run(SplitArguments(output.Groups["line"].Value.Trim())).ShouldSucceed();
            return InTestFolder(name);
        }

        return null;
    }

    /// <summary>An upper-case word of a synopsis (FILE, FILE... for one or more, YYYY, SHARE).</summary>
    private static bool IsPlaceholder(string word)
    {
        var name = word.EndsWith("...", StringComparison.Ordinal) ? word[..^3] : word;
        return name.Length > 0 && char.IsUpper(name[0]) && name.All(c => char.IsUpper(c) || c == '-');
    }

    private static IEnumerable<string> Tokens(string synopsis) =>
        TokenPattern().Matches(synopsis).Select(m => m.Value);

    /// <summary>A synopsis as a tree: a sequence of words and groups; a group is optional ([…]) or required ((…)), with alternatives split by |.</summary>
    private static List<Part> Parse(List<string> tokens)
    {
        var position = 0;
        return Sequence(tokens, ref position);
    }

    private static List<Part> Sequence(List<string> tokens, ref int position)
    {
        var parts = new List<Part>();
        while (position < tokens.Count && tokens[position] is not ("]" or ")" or "|"))
        {
            var token = tokens[position++];
            if (token is "[" or "(")
            {
                var alternatives = new List<List<Part>> { Sequence(tokens, ref position) };
                while (position < tokens.Count && tokens[position] == "|")
                {
                    position++;
                    alternatives.Add(Sequence(tokens, ref position));
                }

                position++;
                parts.Add(new Part(null, alternatives, Optional: token == "["));
            }
            else
            {
                parts.Add(new Part(token, [], Optional: false));
            }
        }

        return parts;
    }

    /// <summary>
    /// The command lines a synopsis allows, as this test runs them: the required parts alone, then
    /// with each optional group in each of its alternatives (minimal, and with its own optional parts);
    /// a required group takes each alternative in turn.
    /// </summary>
    private static IEnumerable<IEnumerable<string>> Variants(List<Part> parts)
    {
        foreach (var minimal in Minimal(parts))
        {
            yield return minimal;
        }

        for (var k = 0; k < parts.Count; k++)
        {
            if (!parts[k].Optional)
            {
                continue;
            }

            var before = Minimal(parts[..k]).First();
            var after = Minimal(parts[(k + 1)..]).First();
            foreach (var expansion in parts[k].Alternatives.SelectMany(Variants).Distinct(SequenceComparer.Instance))
            {
                yield return before.Concat(expansion).Concat(after);
            }
        }
    }

    /// <summary>The lines with every optional group left out: one per choice of each required group's alternative.</summary>
    private static IEnumerable<IEnumerable<string>> Minimal(List<Part> parts)
    {
        IEnumerable<IEnumerable<string>> lines = [[]];
        foreach (var part in parts)
        {
            if (part.Word is { } word)
            {
                lines = lines.Select(l => l.Append(word));
            }
            else if (!part.Optional)
            {
                lines = lines.SelectMany(l => part.Alternatives.SelectMany(a => Minimal(a).Select(m => l.Concat(m)))).ToList();
            }
        }

        return lines;
    }

    [GeneratedRegex(@"^### .*`hospital.*$", RegexOptions.Multiline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"`(?<synopsis>hospital[^`]*)`")]
    private static partial Regex SynopsisPattern();

    [GeneratedRegex(@"^```[a-z]*\n(?<body>.*?)\n```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlockPattern();

    [GeneratedRegex(@"[\[\]()|]|[^\s\[\]()|]+")]
    private static partial Regex TokenPattern();

    /// <summary>A word of a synopsis, or a group of alternatives.</summary>
    private sealed record Part(string? Word, List<List<Part>> Alternatives, bool Optional);

    private sealed class SequenceComparer : IEqualityComparer<IEnumerable<string>>
    {
        public static SequenceComparer Instance { get; } = new();

        public bool Equals(IEnumerable<string>? x, IEnumerable<string>? y) => x!.SequenceEqual(y!);

        public int GetHashCode(IEnumerable<string> obj) => string.Join(" ", obj).GetHashCode(StringComparison.Ordinal);
    }
}
