using System.Globalization;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HospitalDomain.Serialization;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Conventions;

/// <summary>
/// Every public type that is equatable to itself keeps the whole equality contract on the values of
/// its docs/json.md examples: a value read twice is equal (Equals, ==, !=, GetHashCode) but not the
/// same instance; a value read from the example with one thing changed (a string, a number, a flag,
/// a property left out, an array shortened or reordered) is unequal exactly when it writes other
/// JSON — so equality covers everything the JSON carries, and nothing it does not.
/// </summary>
public sealed partial class EqualityConventionTests
{
    private static readonly char[] Digits = "0123456789".ToCharArray();

    /// <summary>Another valid value of the types whose text carries a check character or is one of a closed set of names, which no one-character change keeps valid.</summary>
    private static readonly Dictionary<string, string> OtherValues = new()
    {
        ["UnifiedSocialCreditCode"] = "\"91350200D2143569XF\"",
        ["OrganizationCode"] = "\"D2143569-X\"",
        ["HospitalRating"] = "\"secondaryGradeA\"",
    };

    public static TheoryData<string> EquatableTypes() => new(
        typeof(HospitalDomainJsonOptions).Assembly.GetExportedTypes()
            .Where(t => typeof(IEquatable<>).MakeGenericType(t).IsAssignableFrom(t))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(EquatableTypes))]
    public void Equals_ValuesReadFromTheJsonExamples_KeepTheWholeContract(string typeName)
    {
        var examples = JsonExamples.Of(typeName);
        examples.Should().NotBeEmpty($"docs/json.md shows {typeName}, so that its equality can be checked on real values");

        var check = typeof(EqualityConventionTests).GetMethod(nameof(Check), BindingFlags.NonPublic | BindingFlags.Static)!;
        try
        {
            check.MakeGenericMethod(JsonExamples.TypeNamed(typeName)!).Invoke(null, [examples]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }

    private static void Check<T>(IReadOnlyList<string> examples)
        where T : notnull, IEquatable<T>
    {
        var checkedExamples = 0;
        var changedValues = 0;
        foreach (var json in examples)
        {
            var value = Read<T>(json);
            var again = Read<T>(json);
            if (!typeof(T).IsValueType && ReferenceEquals(value, again))
            {
                // A shared instance, such as a category of the shipped WS 218-2002 table: nothing to compare.
                continue;
            }

            var text = Write(value);
            var unequal = new List<T>();
            var otherValues = examples.Where(e => e != json).Concat(OtherValues.TryGetValue(typeof(T).Name, out var other) ? [other] : []);
            foreach (var (change, changedJson) in Changes(json).Concat(otherValues.Select(e => ("another value", e))))
            {
                if (!TryRead<T>(changedJson, out var changed) || (!typeof(T).IsValueType && ReferenceEquals(changed, value)))
                {
                    continue;
                }

                var writesTheSame = Write(changed) == text;
                value.Equals(changed).Should().Be(writesTheSame, $"{typeof(T).Name} with {change} writes {(writesTheSame ? "the same" : "other")} JSON");
                if (writesTheSame)
                {
                    ContractAssert.Equality(value, changed);
                }
                else
                {
                    unequal.Add(changed);
                }
            }

            ContractAssert.Equality(value, again, [.. unequal]);
            checkedExamples++;
            changedValues += unequal.Count;
        }

        checkedExamples.Should().BePositive($"an example of {typeof(T).Name} reads as a new instance each time");
        changedValues.Should().BePositive($"some change to an example of {typeof(T).Name} reads as another value");
    }

    /// <summary>
    /// The example with one thing changed, and what: each string with a character added or a digit
    /// changed, each number one more and one less, each flag flipped, each property left out, each
    /// array without its last element and with its first two swapped.
    /// </summary>
    private static IEnumerable<(string Change, string Json)> Changes(string json)
    {
        var root = JsonNode.Parse(json)!;
        foreach (var (path, replacement) in Replacements(root, string.Empty))
        {
            var copy = root.DeepClone();
            yield return ($"{(path.Length == 0 ? "$" : path)} {(replacement is null ? "left out" : "= " + replacement.ToJsonString())}", Replace(copy, path, replacement).ToJsonString());
        }
    }

    private static IEnumerable<(string Path, JsonNode? Replacement)> Replacements(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    yield return ($"{path}.{name}", null);
                    foreach (var replacement in Replacements(child!, $"{path}.{name}"))
                    {
                        yield return replacement;
                    }
                }

                break;
            case JsonArray array:
                if (array.Count >= 1)
                {
                    yield return (path, new JsonArray([.. array.Take(array.Count - 1).Select(e => e!.DeepClone())]));
                }

                if (array.Count >= 2 && !JsonNode.DeepEquals(array[0], array[1]))
                {
                    yield return (path, new JsonArray([array[1]!.DeepClone(), array[0]!.DeepClone(), .. array.Skip(2).Select(e => e!.DeepClone())]));
                }

                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var replacement in Replacements(array[i]!, $"{path}[{i}]"))
                    {
                        yield return replacement;
                    }
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                yield return (path, JsonValue.Create(text + "x"));
                foreach (var digit in new[] { text.IndexOfAny(Digits), text.LastIndexOfAny(Digits) }.Where(i => i >= 0).Distinct())
                {
                    var changed = (char)('0' + ((text[digit] - '0' + 1) % 10));
                    yield return (path, JsonValue.Create(string.Concat(text.AsSpan(0, digit), changed.ToString(), text.AsSpan(digit + 1))));
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                var number = decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                yield return (path, JsonValue.Create(number + 1));
                yield return (path, JsonValue.Create(number - 1));
                break;
            case JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                yield return (path, JsonValue.Create(!value.GetValue<bool>()));
                break;
        }
    }

    /// <summary>Replaces the node at <paramref name="path"/> (".a.b[2]") under <paramref name="root"/>, or removes the property when <paramref name="replacement"/> is null; returns the root.</summary>
    private static JsonNode Replace(JsonNode root, string path, JsonNode? replacement)
    {
        if (path.Length == 0)
        {
            return replacement!;
        }

        var steps = PathStep().Matches(path).ToList();
        var parent = root;
        foreach (var step in steps[..^1])
        {
            parent = step.Groups["name"].Success ? parent[step.Groups["name"].Value]! : parent[int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture)]!;
        }

        var last = steps[^1];
        if (last.Groups["index"].Success)
        {
            parent[int.Parse(last.Groups["index"].Value, CultureInfo.InvariantCulture)] = replacement;
        }
        else if (replacement is null)
        {
            parent.AsObject().Remove(last.Groups["name"].Value);
        }
        else
        {
            parent[last.Groups["name"].Value] = replacement;
        }

        return root;
    }

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, JsonAssert.Options)!;

    private static bool TryRead<T>(string json, out T value)
    {
        try
        {
            value = Read<T>(json);
            return value is not null;
        }
        catch (JsonException)
        {
            value = default!;
            return false;
        }
    }

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, JsonAssert.Options);

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\[(?<index>\d+)\]")]
    private static partial Regex PathStep();
}
