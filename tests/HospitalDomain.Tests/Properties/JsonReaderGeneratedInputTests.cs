using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;
using HospitalDomain.Accreditation;
using HospitalDomain.Assessments;
using HospitalDomain.Departments;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Tests.TestHelpers;
using Xunit.Abstractions;

namespace HospitalDomain.Tests.Properties;

/// <summary>
/// Every JSON reader of the library, on the docs/json.md examples changed one to three times — a
/// number made extreme, a string made blank, long or another form, a value nulled or of another
/// kind, a property left out, renamed or recased, an array emptied or an element repeated, the text
/// cut short or a character slipped in: reading fails with <see cref="JsonException"/> and nothing
/// else; what reads writes JSON that reads back equal, and answers every property and method. The
/// public <c>Load</c> methods likewise. Values the constructors and factories make from generated
/// arguments read back equal too.
/// </summary>
[Trait("Category", "GeneratedInputs")]
public sealed class JsonReaderGeneratedInputTests(ITestOutputHelper output)
{
    private static readonly JsonExample[] Examples = [.. JsonExamples.All.Where(e => JsonExamples.TypeNamed(e.TypeName) is not null)];

    private static readonly JsonNode[] Numbers =
    [
        JsonValue.Create(0), JsonValue.Create(-1), JsonValue.Create(1), JsonValue.Create(0.0000000000000000000000000001m), JsonValue.Create(decimal.MaxValue),
        JsonValue.Create(decimal.MinValue), JsonValue.Create(0.5m), JsonValue.Create(2147483648L), JsonValue.Create(-2147483649L), JsonValue.Create(1e30), JsonValue.Create(1_000_001),
    ];

    private static readonly string[] Strings =
    [
        "", " ", "x", "9999Q4", "1899", "2023Q5", "9999-12-31/9999-12-31", "亿亿亿亿", "79228162514264337593543950335万", "-5", "91350200776049653B", "77604965-4", "00.00",
        "三级特等", "某医发〔1948〕1号", "\u0000", new string('x', 500), "national-tertiary-2019", "level4SurgeryShare", "discharges", "A100",
    ];

    [Fact]
    public void JsonReaders_MutatedExamples_FailOnlyWithJsonExceptionAndRoundTrip()
    {
        var cases = Gen.Choose(0, Examples.Length - 1).SelectMany(example => Gen.ArrayOf(Gen.Choose(0, 10_000), 9).Select(picks => (example, picks)));
        GeneratedCases.Run("JSON readers: mutated examples", cases.ToArbitrary(), c =>
        {
            var example = Examples[c.example];
            var type = JsonExamples.TypeNamed(example.TypeName)!;
            var json = Mutate(example.Json, c.picks);
            ReadAndRoundTrip(type, json, c.picks);
        }, output);
    }

    [Fact]
    public void JsonLoaders_MutatedDocuments_FailOnlyWithJsonException()
    {
        var loaders = new (string Type, Func<string, object> Load)[]
        {
            (nameof(MetricSet), json => MetricSet.Load(json, MetricCatalogue.Standard)),
            (nameof(MetricCatalogue), MetricCatalogue.Load),
            (nameof(IndicatorEdition), IndicatorEdition.Load),
            (nameof(AssessmentScheme), AssessmentScheme.Load),
            (nameof(AccreditationStandard), AccreditationStandard.Load),
            (nameof(ClinicalSubjectCatalogue), ClinicalSubjectCatalogue.Load),
        };
        var cases = Gen.Choose(0, loaders.Length - 1).SelectMany(loader => Gen.ArrayOf(Gen.Choose(0, 10_000), 9).Select(picks => (loader, picks)));
        GeneratedCases.Run("JSON loaders: mutated documents", cases.ToArbitrary(), c =>
        {
            var (typeName, load) = loaders[c.loader];
            var json = Mutate(JsonExamples.Of(typeName)[0], c.picks);
            try
            {
                PublicApiGeneratedInputTests.Exercise(load(json), c.picks);
            }
            catch (JsonException)
            {
            }
        }, output);
    }

    [Fact]
    public void JsonWriters_ValuesMadeFromGeneratedArguments_ReadBackEqual()
    {
        var makers = ExampleArguments.ConstructorsAndFactories()
            .Where(c => c.Method is ConstructorInfo || (c.Method is MethodInfo m && m.ReturnType == c.Method.DeclaringType))
            .Where(c => c.Method.DeclaringType!.GetCustomAttribute<JsonConverterAttribute>() is not null && c.Method.GetParameters().All(p => !typeof(Delegate).IsAssignableFrom(p.ParameterType)))
            .Select(c => c.Method)
            .ToArray();
        var cases = Gen.Choose(0, makers.Length - 1).SelectMany(maker => Gen.ArrayOf(Gen.Choose(0, 1_000), 32).Select(picks => (maker, picks)));
        GeneratedCases.Run("JSON readers: generated values written and read back", cases.ToArbitrary(), c =>
        {
            var maker = makers[c.maker];
            var args = maker.GetParameters().Select((p, i) => PublicApiGeneratedInputTests.Pick(p.ParameterType, c.picks[i % c.picks.Length])).ToArray();
            object? value;
            try
            {
                value = maker is ConstructorInfo constructor ? constructor.Invoke(args) : maker.Invoke(null, args);
            }
            catch (TargetInvocationException)
            {
                return;
            }

            var json = JsonSerializer.Serialize(value, maker.DeclaringType!, JsonAssert.Options);
            // A profile's JSON does not name its catalogue: one of another catalogue is read with it.
            var back = value is HospitalDomain.Accreditation.HospitalProfile { Catalogue: var catalogue } && catalogue != HospitalDomain.Metrics.MetricCatalogue.Standard
                ? HospitalDomain.Accreditation.HospitalProfile.Load(json, catalogue)
                : JsonSerializer.Deserialize(json, maker.DeclaringType!, JsonAssert.Options);
            if (IsEquatable(maker.DeclaringType!))
            {
                back.Should().Be(value, $"{json} reads back equal");
            }

            JsonSerializer.Serialize(back, maker.DeclaringType!, JsonAssert.Options).Should().Be(json);
        }, output);
    }

    [Fact]
    public void EveryObjectOfEveryExample_APropertyGivenTwice_IsRejected()
    {
        var checkedObjects = 0;
        foreach (var example in Examples)
        {
            var type = JsonExamples.TypeNamed(example.TypeName)!;
            var count = Nodes(JsonNode.Parse(example.Json)).Count();
            for (var n = 0; n < count; n++)
            {
                // The n-th node of a fresh copy; an object gets its first property written twice, textually (a JsonObject cannot hold it twice).
                var root = JsonNode.Parse(example.Json);
                var site = Nodes(root).ElementAt(n);
                if (site.Node is not JsonObject obj || obj.Count == 0)
                {
                    continue;
                }

                var (name, value) = obj.First();
                var text = new JsonObject { [name] = value?.DeepClone() }.ToJsonString();
                var duplicated = text[..^1] + "," + text[1..];
                var json = Replace(root, site, JsonValue.Create("@@"))!.ToJsonString().Replace("\"@@\"", duplicated, StringComparison.Ordinal);

                var act = () => JsonSerializer.Deserialize(json, type, JsonAssert.Options);
                act.Should().ThrowExactly<JsonException>($"{example.TypeName} with '{name}' twice in {obj.ToJsonString()}").Which.Message.Should().Contain("Duplicate");
                checkedObjects++;
            }
        }

        checkedObjects.Should().BeGreaterThan(150, "every object of every example, map objects such as a metric set's values among them");
    }

    [Fact]
    public void MetricSetValues_AKeyGivenTwice_IsRejectedNamingTheKey()
    {
        var json = """{"entity":"x","period":"2021","values":{"discharges":1,"discharges":2}}""";

        JsonAssert.Invalid<MetricSet>(json, "$").Message.Should().Be("At .values.discharges: Duplicate key 'discharges' in values.");
        FluentActions.Invoking(() => MetricSet.Load(json, MetricCatalogue.Standard)).Should().ThrowExactly<JsonException>().WithMessage("*Duplicate key 'discharges'*");
    }

    /// <summary>Reads <paramref name="json"/> as <paramref name="type"/>: a JsonException, or a value that round-trips and answers everything.</summary>
    private static void ReadAndRoundTrip(Type type, string json, int[] picks)
    {
        object? value;
        try
        {
            value = JsonSerializer.Deserialize(json, type, JsonAssert.Options);
        }
        catch (JsonException)
        {
            return;
        }

        if (value is null)
        {
            return;
        }

        var written = JsonSerializer.Serialize(value, type, JsonAssert.Options);
        var back = JsonSerializer.Deserialize(written, type, JsonAssert.Options);
        if (IsEquatable(type))
        {
            back.Should().Be(value, $"{written} reads back equal");
        }

        JsonSerializer.Serialize(back, type, JsonAssert.Options).Should().Be(written);
        PublicApiGeneratedInputTests.Exercise(value, picks);
    }

    private static bool IsEquatable(Type type) => typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type);

    /// <summary>The example changed once to three times, as <paramref name="picks"/> choose.</summary>
    private static string Mutate(string json, int[] picks)
    {
        var root = JsonNode.Parse(json);
        var changes = 1 + (picks[0] % 3);
        for (var k = 0; k < changes; k++)
        {
            var nodes = Nodes(root).ToList();
            var site = nodes[picks[1 + (2 * k)] % nodes.Count];
            root = Replace(root, site, Changed(site.Node, picks[2 + (2 * k)]));
        }

        var text = root?.ToJsonString() ?? "null";
        return (picks[8] % 10) switch
        {
            0 => text[..(picks[7] % (text.Length + 1))],
            1 => text.Insert(picks[7] % (text.Length + 1), ((char)(picks[6] % 128)).ToString()),
            _ => text,
        };
    }

    /// <summary>A replacement for <paramref name="node"/>; null removes it.</summary>
    private static JsonNode? Changed(JsonNode? node, int choice)
    {
        switch (choice % 12)
        {
            case 0:
                return Numbers[choice / 12 % Numbers.Length].DeepClone();
            case 1:
                return JsonValue.Create(Strings[choice / 12 % Strings.Length]);
            case 2:
                return JsonValue.Create((string?)null);
            case 3:
                return JsonValue.Create(choice % 2 == 0);
            case 4:
                return new JsonArray();
            case 5:
                return new JsonObject();
            case 6:
                return node is JsonArray array && array.Count > 0 ? new JsonArray([.. array.Select(e => e?.DeepClone()), array[0]?.DeepClone()]) : null;
            case 7:
                return node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? JsonValue.Create(value.GetValue<string>() + "x") : node?.DeepClone();
            case 8:
                return node is JsonValue number && number.GetValueKind() == JsonValueKind.Number ? JsonValue.Create(number.ToJsonString()) : node?.DeepClone();
            case 9:
                return node is JsonObject obj && obj.Count > 0 ? Renamed(obj, choice) : null;
            case 10:
                return node is JsonValue text && text.GetValueKind() == JsonValueKind.String && text.GetValue<string>() is { Length: > 0 } s
                    ? JsonValue.Create(s.Length > 1 ? s[1..] + s[0] : s + s)
                    : node?.DeepClone();
            default:
                return null;
        }
    }

    /// <summary>The object with one property renamed: to an unknown name, or to the same name in other letter case.</summary>
    private static JsonObject Renamed(JsonObject obj, int choice)
    {
        var index = choice / 12 % obj.Count;
        var copy = new JsonObject();
        var i = 0;
        foreach (var (name, value) in obj)
        {
            var renamed = i++ != index ? name : choice % 2 == 0 ? "unknownProperty" : char.ToUpperInvariant(name[0]) + name[1..];
            copy[renamed] = value?.DeepClone();
        }

        return copy;
    }

    /// <summary>Every node under <paramref name="root"/> with where it sits: its parent and its name or index there (none for the root).</summary>
    private static IEnumerable<Site> Nodes(JsonNode? root)
    {
        var pending = new Stack<Site>();
        pending.Push(new Site(null, null, -1, root));
        while (pending.Count > 0)
        {
            var site = pending.Pop();
            yield return site;
            switch (site.Node)
            {
                case JsonObject obj:
                    foreach (var (name, child) in obj)
                    {
                        pending.Push(new Site(obj, name, -1, child));
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        pending.Push(new Site(array, null, i, array[i]));
                    }

                    break;
            }
        }
    }

    /// <summary>Replaces the node at <paramref name="site"/>, or removes it when <paramref name="replacement"/> is null; returns the root.</summary>
    private static JsonNode? Replace(JsonNode? root, Site site, JsonNode? replacement)
    {
        switch (site.Parent)
        {
            case null:
                return replacement;
            case JsonObject obj when replacement is null:
                obj.Remove(site.Name!);
                break;
            case JsonObject obj:
                obj[site.Name!] = replacement;
                break;
            case JsonArray array when replacement is null:
                array.RemoveAt(site.Index);
                break;
            case JsonArray array:
                array[site.Index] = replacement;
                break;
        }

        return root;
    }

    /// <summary>Where a node sits in a document.</summary>
    private sealed record Site(JsonNode? Parent, string? Name, int Index, JsonNode? Node);
}
