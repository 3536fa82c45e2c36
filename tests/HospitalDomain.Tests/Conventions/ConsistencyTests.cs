using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Tests.Conventions;

/// <summary>
/// Rules that hold for every public type of the library, checked by reflection so that a new
/// type cannot forget them.
/// </summary>
public sealed class ConsistencyTests
{
    private static readonly Type[] PublicTypes = typeof(HospitalDomainJsonOptions).Assembly.GetExportedTypes();

    [Fact]
    public void PublicTypes_AreImmutable()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes.Where(t => !IsExemptFromImmutability(t)))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (property.SetMethod is { IsPublic: true })
                {
                    offenders.Add($"{type.FullName}.{property.Name} has a public setter or init accessor");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly && !field.IsLiteral && !type.IsEnum)
                {
                    offenders.Add($"{type.FullName}.{field.Name} is a mutable public field");
                }
                else if (!field.IsLiteral && !type.IsEnum && IsMutableCollection(field.FieldType))
                {
                    offenders.Add($"{type.FullName}.{field.Name} exposes a mutable collection");
                }
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (IsMutableCollection(property.PropertyType))
                {
                    offenders.Add($"{type.FullName}.{property.Name} exposes a mutable collection ({property.PropertyType.Name})");
                }
            }
        }

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void PublicStructs_AreReadOnly()
    {
        var offenders = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && !IsExemptFromImmutability(t))
            .Where(t => !t.GetCustomAttributes(false).Any(a => a.GetType().FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute"))
            .Select(t => t.FullName);
        offenders.Should().BeEmpty("value types are readonly structs");
    }

    [Fact]
    public void EquatableTypes_DeclareEqualityOperators()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes.Where(t => !t.IsInterface && !t.IsAbstract))
        {
            var equatable = typeof(IEquatable<>).MakeGenericType(type);
            if (!equatable.IsAssignableFrom(type))
            {
                continue;
            }

            foreach (var op in new[] { "op_Equality", "op_Inequality" })
            {
                if (type.GetMethod(op, BindingFlags.Public | BindingFlags.Static, [type, type]) is null)
                {
                    offenders.Add($"{type.FullName} lacks {op}");
                }
            }
        }

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void ComparableTypes_DeclareRelationalOperators()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes.Where(t => !t.IsInterface && !t.IsAbstract && !t.IsEnum))
        {
            var comparable = typeof(IComparable<>).MakeGenericType(type);
            if (!comparable.IsAssignableFrom(type))
            {
                continue;
            }

            foreach (var op in new[] { "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual" })
            {
                if (type.GetMethod(op, BindingFlags.Public | BindingFlags.Static, [type, type]) is null)
                {
                    offenders.Add($"{type.FullName} lacks {op}");
                }
            }

            if (!typeof(IComparable).IsAssignableFrom(type))
            {
                offenders.Add($"{type.FullName} lacks the non-generic IComparable");
            }
        }

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void DomainTypes_HaveJsonSupport()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes.Where(IsDomainType))
        {
            if (!type.IsEnum && type.GetCustomAttribute<JsonConverterAttribute>() is null)
            {
                offenders.Add($"{type.FullName} has no [JsonConverter]");
            }

            if (HospitalDomainJsonContext.Default.GetTypeInfo(type) is null)
            {
                offenders.Add($"{type.FullName} is not in HospitalDomainJsonContext");
            }
        }

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void PublicConverters_AreSealedAndStateless()
    {
        var converters = PublicTypes.Where(t => typeof(JsonConverter).IsAssignableFrom(t)).ToList();
        converters.Should().NotBeEmpty();
        foreach (var converter in converters)
        {
            converter.IsSealed.Should().BeTrue($"{converter.Name} is sealed");
            converter.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Should().BeEmpty($"{converter.Name} holds no state");
        }
    }

    /// <summary>
    /// Every public constructor that can be called with plain arguments (texts, numbers, enumeration
    /// values, nulls and defaults) rejects an undefined enumeration value with a message naming it.
    /// Constructors that need real objects are left to their own tests.
    /// </summary>
    [Fact]
    public void Constructors_RejectUndefinedEnumerationValues()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes.Where(t => !t.IsAbstract && !t.IsInterface && !typeof(Exception).IsAssignableFrom(t)))
        {
            foreach (var constructor in type.GetConstructors())
            {
                var parameters = constructor.GetParameters();
                for (var p = 0; p < parameters.Length; p++)
                {
                    var enumType = Nullable.GetUnderlyingType(parameters[p].ParameterType) ?? parameters[p].ParameterType;
                    if (!enumType.IsEnum || enumType.IsDefined(typeof(FlagsAttribute), false))
                    {
                        continue;
                    }

                    var arguments = PlainArguments(parameters);
                    // A valid call first, so that a failure below is the enumeration's.
                    try
                    {
                        constructor.Invoke(arguments);
                    }
                    catch (TargetInvocationException)
                    {
                        continue;
                    }

                    arguments[p] = Enum.ToObject(enumType, 987);
                    try
                    {
                        constructor.Invoke(arguments);
                        offenders.Add($"{type.Name}({parameters[p].Name}) accepts ({enumType.Name})987");
                    }
                    catch (TargetInvocationException e) when (e.InnerException is ArgumentException inner)
                    {
                        if (!inner.Message.Contains("987", StringComparison.Ordinal))
                        {
                            offenders.Add($"{type.Name}({parameters[p].Name}) rejects ({enumType.Name})987 without naming it: {inner.Message}");
                        }
                    }
                }
            }
        }

        offenders.Should().BeEmpty();
    }

    /// <summary>Plausible arguments for a constructor: "x" for texts, 1 for numbers, the first name of an enumeration, null or empty otherwise.</summary>
    private static object?[] PlainArguments(ParameterInfo[] parameters)
    {
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var type = Nullable.GetUnderlyingType(parameters[i].ParameterType) ?? parameters[i].ParameterType;
            if (type == typeof(string))
            {
                arguments[i] = "x";
            }
            else if (type.IsEnum)
            {
                arguments[i] = Enum.GetValues(type).GetValue(0);
            }
            else if (type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double))
            {
                arguments[i] = Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (type == typeof(bool))
            {
                arguments[i] = false;
            }
            else if (parameters[i].HasDefaultValue)
            {
                arguments[i] = parameters[i].DefaultValue;
            }
            else if (!type.IsValueType)
            {
                arguments[i] = null;
            }
            else
            {
                arguments[i] = Activator.CreateInstance(type);
            }
        }

        return arguments;
    }

    /// <summary>Types that carry domain data: everything public except converters, contexts, options, static classes, builders, exceptions and delegates.</summary>
    private static bool IsDomainType(Type type) =>
        !type.IsInterface
        && !(type.IsAbstract && type.IsSealed)
        && !type.IsAbstract
        && !typeof(JsonConverter).IsAssignableFrom(type)
        && !typeof(JsonSerializerContext).IsAssignableFrom(type)
        && !typeof(Exception).IsAssignableFrom(type)
        && !typeof(Delegate).IsAssignableFrom(type)
        && !typeof(IComparer).IsAssignableFrom(type)
        && !type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IComparer<>))
        && !type.Name.EndsWith("Builder", StringComparison.Ordinal)
        && !type.Name.EndsWith("Calculator", StringComparison.Ordinal)
        && !type.IsNested
        && !type.IsEnum;

    private static bool IsExemptFromImmutability(Type type) =>
        type.Name.EndsWith("Builder", StringComparison.Ordinal)
        || typeof(Exception).IsAssignableFrom(type)
        || typeof(JsonSerializerContext).IsAssignableFrom(type)
        || typeof(Delegate).IsAssignableFrom(type);

    private static bool IsMutableCollection(Type type)
    {
        if (type == typeof(string) || type.IsValueType && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return false;
        }

        if (type.IsArray)
        {
            return true;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            return definition == typeof(List<>) || definition == typeof(Dictionary<,>) || definition == typeof(HashSet<>)
                || definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(IDictionary<,>)
                || definition == typeof(ISet<>);
        }

        return false;
    }
}
