using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using HospitalDomain.Accreditation;
using HospitalDomain.Assessments;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Organizations;
using HospitalDomain.Tests.TestHelpers;
using NodaTime;
using Xunit.Abstractions;

namespace HospitalDomain.Tests.Properties;

/// <summary>
/// Every public constructor, factory, method and property of the library, called with generated
/// arguments — the documented examples, edge values (zero, ±1, the decimal and integer limits, the
/// first and last dates, blank text, null, values no enumeration defines, empty and repeated
/// collections) — throws only the exceptions its documentation names; and every object it creates
/// answers every property and method the same way. An OverflowException, IndexOutOfRangeException,
/// NullReferenceException, UnreachableException or NotSupportedException is never documented, so
/// none of them is reachable this way.
/// </summary>
[Trait("Category", "GeneratedInputs")]
public sealed class PublicApiGeneratedInputTests(ITestOutputHelper output)
{
    private const int MaxParameters = 16;

    private static readonly IReadOnlyList<MemberInfo> Calls = [.. ApiCalls()];

    [Fact]
    public void PublicMembers_GeneratedArguments_ThrowOnlyDocumentedExceptions()
    {
        var cases = Gen.Choose(0, Calls.Count - 1).SelectMany(call => Gen.ArrayOf(Gen.Choose(0, 1_000), MaxParameters * 2).Select(picks => (call, picks)));
        GeneratedCases.Run("public API: generated arguments", cases.ToArbitrary(), c => Call(Calls[c.call], c.picks, exercise: true), output);
    }

    [Fact]
    public void ApiCalls_CoverEveryPublicConstructorAndFactory()
    {
        Calls.OfType<ConstructorInfo>().Should().HaveCountGreaterThan(60);
        Calls.OfType<MethodInfo>().Count(m => m.IsStatic).Should().BeGreaterThan(40);
        Calls.Should().Contain(m => m.Name == nameof(Ratio.Of)).And.Contain(m => m.Name == nameof(ChangeAssessment) || m.Name == nameof(Change.Between));
    }

    /// <summary>Calls <paramref name="member"/> with arguments chosen by <paramref name="picks"/>; an undocumented exception fails, naming the call.</summary>
    private static void Call(MemberInfo member, int[] picks, bool exercise)
    {
        var parameters = member switch
        {
            MethodBase method => method.GetParameters(),
            PropertyInfo property => property.GetIndexParameters(),
            _ => [],
        };
        var args = parameters.Select((p, i) => Pick(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType, picks[i % picks.Length])).ToArray();
        var isStatic = member switch
        {
            MethodBase method => method.IsStatic || method is ConstructorInfo,
            PropertyInfo property => property.GetMethod!.IsStatic,
            _ => true,
        };
        var target = isStatic ? null : Pick(member.DeclaringType!, picks[^1], allowNull: false);
        if (!isStatic && target is null)
        {
            return;
        }
        object? result;
        try
        {
            result = member switch
            {
                ConstructorInfo constructor => constructor.Invoke(args),
                MethodInfo method => method.Invoke(target, args),
                PropertyInfo property => property.GetValue(target, args),
                _ => null,
            };
        }
        catch (TargetInvocationException e) when (e.InnerException is { } thrown)
        {
            if (!DocumentedExceptions.Allows(member, thrown))
            {
                throw new Xunit.Sdk.XunitException(
                    $"{Describe(member)} threw {thrown.GetType().Name}, which it does not document ({string.Join(", ", DocumentedExceptions.Of(member))}): {thrown.Message}\n"
                    + $"  target: {Show(target)}\n  arguments: {string.Join(", ", args.Select(Show))}\n{thrown.StackTrace}");
            }

            return;
        }

        if (exercise && result is not null && result.GetType().Assembly == typeof(Ratio).Assembly)
        {
            Exercise(result, picks);
        }
    }

    /// <summary>Every property and method of an object the library made: they answer, or throw what they document.</summary>
    internal static void Exercise(object value, int[] picks)
    {
        var type = value.GetType();
        if ((!type.IsPublic && !type.IsNestedPublic) || type.IsEnum)
        {
            return;
        }

        foreach (var member in InstanceMembers(type))
        {
            var parameters = member is MethodInfo method ? method.GetParameters() : ((PropertyInfo)member).GetIndexParameters();
            var args = parameters.Select((p, i) => Pick(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType, picks[(i + 1) % picks.Length])).ToArray();
            try
            {
                _ = member is MethodInfo m ? m.Invoke(value, args) : ((PropertyInfo)member).GetValue(value, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is { } thrown)
            {
                if (!DocumentedExceptions.Allows(member, thrown))
                {
                    throw new Xunit.Sdk.XunitException(
                        $"{Describe(member)} on {Show(value)} threw {thrown.GetType().Name}, which it does not document: {thrown.Message}\n  arguments: {string.Join(", ", args.Select(Show))}\n{thrown.StackTrace}");
                }
            }
        }
    }

    private static IEnumerable<MemberInfo> ApiCalls()
    {
        // The source-generated JsonSerializerContext's surface is System.Text.Json's, not the library's.
        foreach (var (method, _) in ExampleArguments.ConstructorsAndFactories().Where(c => !typeof(System.Text.Json.Serialization.JsonSerializerContext).IsAssignableFrom(c.Method.DeclaringType)))
        {
            if (Callable(method.GetParameters()))
            {
                yield return method;
            }
        }

        foreach (var type in ExampleArguments.PublicTypes.Where(t => !t.IsEnum && !t.IsInterface && !typeof(System.Text.Json.Serialization.JsonSerializerContext).IsAssignableFrom(t)))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                yield return property;
            }

            foreach (var member in InstanceMembers(type))
            {
                yield return member;
            }
        }
    }

    private static IEnumerable<MemberInfo> InstanceMembers(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is { IsPublic: true } && property.DeclaringType!.Assembly == type.Assembly && Callable(property.GetIndexParameters()))
            {
                yield return property;
            }
        }

        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!method.IsSpecialName && !method.IsGenericMethodDefinition && method.DeclaringType!.Assembly == type.Assembly && Callable(method.GetParameters()))
            {
                yield return method;
            }
        }
    }

    private static bool Callable(ParameterInfo[] parameters) =>
        parameters.Length <= MaxParameters && parameters.All(p =>
        {
            var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
            return !type.IsByRefLike && !typeof(Delegate).IsAssignableFrom(type) && !type.IsPointer;
        });

    private static string Describe(MemberInfo member) => $"{member.DeclaringType!.Name}.{(member is ConstructorInfo ? "ctor" : member.Name)}";

    private static string Show(object? value)
    {
        try
        {
            return ShowUnchecked(value);
        }
        catch (Exception e)
        {
            return $"({value?.GetType().Name} whose ToString threw {e.GetType().Name})";
        }
    }

    private static string ShowUnchecked(object? value) => value switch
    {
        null => "null",
        string s => $"\"{(s.Length > 40 ? s[..40] + "…" : s)}\"",
        IEnumerable items and not string => "[" + string.Join(", ", items.Cast<object?>().Take(3).Select(Show)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 80 } text ? text[..80] + "…" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?",
    };

    internal static object? Pick(Type type, int pick, bool allowNull = true)
    {
        var pool = Pools.For(type);
        var choices = allowNull ? pool : [.. pool.Where(v => v is not null)];
        return choices.Count == 0 ? null : choices[pick % choices.Count];
    }

    /// <summary>The values arguments of each type are drawn from, made once per type.</summary>
    private static class Pools
    {
        private static readonly Dictionary<Type, IReadOnlyList<object?>> Cache = [];

        public static IReadOnlyList<object?> For(Type type)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue(type, out var pool))
                {
                    Cache[type] = pool = Make(type);
                }

                return pool;
            }
        }

        private static IReadOnlyList<object?> Make(Type type)
        {
            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                return [null, .. For(underlying)];
            }

            if (type == typeof(string))
            {
                return [null, "", " ", "x", "外科", "2023", "2023Q4", "level4SurgeryShare", "discharges", "三级甲等", "91350200776049653A", "77604965-3", "03.04", "某医发〔2024〕12号", "260.72万", "亿亿亿亿", "-", "A", "P2", "F", "G", "P11", new string('9', 40)];
            }

            if (type == typeof(decimal))
            {
                return [0m, 1m, -1m, 0.5m, -0.5m, 2m, 100m, 0.0000000000000000000000000001m, 1_000_000m, 1_000_001m, 1e20m, -1e20m, 792_281_625_142_643_375_935_439_503m, decimal.MaxValue, decimal.MinValue, 12345.6789m];
            }

            if (type == typeof(int))
            {
                return [0, 1, -1, 2, 4, 10, 12, 13, 1900, 1949, 2024, 9999, 10_000, int.MaxValue, int.MinValue];
            }

            if (type == typeof(long))
            {
                return [0L, 1L, -1L, 100L, 1_000_000L, long.MaxValue, long.MinValue];
            }

            if (type == typeof(bool))
            {
                return [false, true];
            }

            if (type == typeof(char))
            {
                return ['0', 'A', 'X', '\0', '外'];
            }

            if (type.IsEnum)
            {
                return [.. Enum.GetValues(type).Cast<object>(), Enum.ToObject(type, 99)];
            }

            if (type == typeof(LocalDate))
            {
                return [new LocalDate(2024, 1, 31), new LocalDate(1900, 1, 1), new LocalDate(9999, 12, 31), default(LocalDate), LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(2024, 2, 29)];
            }

            if (type == typeof(DateInterval))
            {
                return [null, new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31)), new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)];
            }

            if (type == typeof(ReportingPeriod))
            {
                return [default(ReportingPeriod), ReportingPeriod.Parse("2023"), ReportingPeriod.Parse("2023Q4"), ReportingPeriod.Parse("1900"), ReportingPeriod.Parse("9999-12"), ReportingPeriod.Parse("2024-02-10/2024-03-09")];
            }

            if (type == typeof(IFormatProvider))
            {
                return [null, CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("de-DE")];
            }

            if (type == typeof(object))
            {
                return [null, "x", 1, Ratio.Of(1, 2)];
            }

            if (type == typeof(Type))
            {
                return [typeof(string), typeof(Ratio), typeof(Hospital)];
            }

            if (type == typeof(JsonSerializerOptions))
            {
                return [null, new JsonSerializerOptions()];
            }

            if (type == typeof(MetricCatalogue))
            {
                return [null, MetricCatalogue.Standard, .. ExampleArguments.Examples(type)];
            }

            if (type == typeof(IndicatorEdition))
            {
                return [null, .. IndicatorEditions.All, .. ExampleArguments.Examples(type)];
            }

            if (type == typeof(AccreditationStandard))
            {
                return [null, .. AccreditationStandards.All, .. ExampleArguments.Examples(type)];
            }

            if (type == typeof(IndicatorCalculator))
            {
                return [null, .. IndicatorEditions.All.Select(e => new IndicatorCalculator(e))];
            }

            if (type == typeof(AssessmentCalculator))
            {
                return [null, new AssessmentCalculator(AssessmentSchemes.Illustrative2020, IndicatorEditions.NationalTertiary2020)];
            }

            if (type == typeof(AssessmentScheme))
            {
                return [null, AssessmentSchemes.Illustrative2020, .. ExampleArguments.Examples(type)];
            }

            if (type == typeof(IReadOnlyDictionary<string, decimal>))
            {
                return [null, new Dictionary<string, decimal>(), new Dictionary<string, decimal> { ["x"] = decimal.MaxValue, ["discharges"] = -1m }];
            }

            if (ExampleArguments.ElementType(type) is { } element)
            {
                var items = For(element).Where(v => v is not null).Take(3).ToList();
                return [null, Collection(type, element, []), .. items.Select(i => Collection(type, element, [i])), .. items.Take(1).Select(i => Collection(type, element, [i, i])), Collection(type, element, [.. items]), .. element.IsValueType ? [] : new[] { Collection(type, element, [null]) }];
            }

            var examples = ExampleArguments.Examples(type);
            return [.. type.IsValueType ? [Activator.CreateInstance(type)] : new object?[] { null }, .. examples];
        }

        private static object? Collection(Type type, Type element, object?[] items)
        {
            var array = Array.CreateInstance(element, items.Length);
            Array.Copy(items, array, items.Length);
            try
            {
                return ExampleArguments.Collection(type, element, array);
            }
            catch (NotSupportedException)
            {
                return null;
            }
        }
    }
}
