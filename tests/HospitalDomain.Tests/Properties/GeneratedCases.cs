using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace HospitalDomain.Tests.Properties;

/// <summary>
/// The plan of the generated-input tests: how many cases each property runs in every test run.
/// Each property test runs exactly its planned number (FsCheck's MaxTest, no case discarded) and
/// asserts that it did, so the planned total is the number of cases CI runs; one test prints it.
/// </summary>
public static class GeneratedCases
{
    /// <summary>The cases each property runs, by property.</summary>
    public static IReadOnlyDictionary<string, int> Plan { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["ChineseNumber text"] = 12_000,
        ["ChineseNumber.Format"] = 6_000,
        ["ReportingPeriod text"] = 10_000,
        ["ClinicalSubjectCode text"] = 6_000,
        ["DocumentNumber text"] = 6_000,
        ["OrganizationCode text"] = 6_000,
        ["UnifiedSocialCreditCode text"] = 8_000,
        ["HospitalRating text"] = 4_000,
        ["Ratio formats"] = 6_000,
        ["JSON readers: mutated examples"] = 24_000,
        ["JSON readers: generated values written and read back"] = 6_000,
        ["JSON loaders: mutated documents"] = 4_000,
        ["public API: generated arguments"] = 16_000,
    };

    /// <summary>
    /// The seed to replay, from the environment variable HOSPITALDOMAIN_PROPERTY_REPLAY ("seed,gamma" as
    /// a failure prints it), or null for a fresh random seed.
    /// </summary>
    private static Replay? Replay { get; } = Environment.GetEnvironmentVariable("HOSPITALDOMAIN_PROPERTY_REPLAY") is { Length: > 0 } text
        && text.Split(',') is [var seed, var gamma]
        ? new Replay(new Rnd(ulong.Parse(seed.Trim(' ', '('), System.Globalization.CultureInfo.InvariantCulture), ulong.Parse(gamma.Trim(' ', ')'), System.Globalization.CultureInfo.InvariantCulture)), Microsoft.FSharp.Core.FSharpOption<int>.None)
        : null;

    /// <summary>
    /// Under continuous integration (CI=true) each property starts from a seed of its own name, so that a
    /// build passes or fails the same way when run again; elsewhere every run draws new cases.
    /// </summary>
    private static Replay? FixedUnderCi(string name)
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var seed = 14695981039346656037UL;
        foreach (var c in name)
        {
            seed = unchecked((seed ^ c) * 1099511628211UL);
        }

        return new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL), Microsoft.FSharp.Core.FSharpOption<int>.None);
    }

    /// <summary>Gets the total of the plan.</summary>
    public static int Total => Plan.Values.Sum();

    /// <summary>
    /// Runs <paramref name="check"/> on the planned number of values of <paramref name="values"/>, with
    /// FsCheck's shrinking; fails with the smallest failing value; asserts that every planned case ran,
    /// and reports the count on <paramref name="output"/> and the console.
    /// </summary>
    public static void Run<T>(string name, Arbitrary<T> values, Action<T> check, ITestOutputHelper output)
    {
        var planned = Plan[name];
        var ran = 0;
        var property = Prop.ForAll(values, value =>
        {
            Interlocked.Increment(ref ran);
            check(value);
        });
        var config = Config.QuickThrowOnFailure.WithMaxTest(planned).WithQuietOnSuccess(true);
        if ((Replay ?? FixedUnderCi(name)) is { } replay)
        {
            config = config.WithReplay(replay);
        }

        Check.One(config, property);
        ran.Should().Be(planned, $"{name} runs all its planned cases");
        var line = $"generated cases: {name}: {planned:N0}";
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
