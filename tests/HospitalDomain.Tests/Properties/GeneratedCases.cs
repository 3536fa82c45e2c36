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
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(planned).WithQuietOnSuccess(true), property);
        ran.Should().Be(planned, $"{name} runs all its planned cases");
        var line = $"generated cases: {name}: {planned:N0}";
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
