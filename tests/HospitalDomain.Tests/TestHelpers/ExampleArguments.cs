using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using HospitalDomain.Serialization;

namespace HospitalDomain.Tests.TestHelpers;

/// <summary>
/// Valid arguments for the public constructors and factories of the library, taken from the
/// docs/json.md examples: a parameter gets the value of the example's property of the same name
/// (the contract generator binds constructors to properties by name), or an example of its own type,
/// or its default, or a plain value of its type.
/// </summary>
public static class ExampleArguments
{
    /// <summary>Every exported type of the library.</summary>
    public static IReadOnlyList<Type> PublicTypes { get; } = typeof(HospitalDomainJsonOptions).Assembly.GetExportedTypes();

    /// <summary>The values of the examples of <paramref name="type"/>, read from docs/json.md; empty when it has none.</summary>
    public static IReadOnlyList<object> Examples(Type type) =>
        [.. JsonExamples.Of(type.Name).Select(json => JsonSerializer.Deserialize(json, type, JsonAssert.Options)).OfType<object>()];

    /// <summary>Arguments for <paramref name="method"/>: from the first example of <paramref name="source"/> (the declaring type, or what a factory returns) where the names match.</summary>
    public static object?[] For(MethodBase method, Type source)
    {
        var example = Examples(source).FirstOrDefault();
        return [.. method.GetParameters().Select(p => For(p, example))];
    }

    /// <summary>The public constructors and static methods of the library, with the type whose example fits them.</summary>
    public static IEnumerable<(MethodBase Method, Type Source)> ConstructorsAndFactories()
    {
        foreach (var type in PublicTypes.Where(t => !t.IsEnum && !t.IsInterface))
        {
            foreach (var constructor in type.IsAbstract ? [] : type.GetConstructors())
            {
                yield return (constructor, type);
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition))
            {
                yield return (method, method.ReturnType == typeof(void) ? type : Nullable.GetUnderlyingType(method.ReturnType) ?? method.ReturnType);
            }
        }
    }

    /// <summary>A plain valid value of <paramref name="type"/> where one exists without an example.</summary>
    public static object? Plain(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return Plain(underlying);
        }

        if (type == typeof(string))
        {
            return "x";
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (type == typeof(decimal))
        {
            return 1m;
        }

        if (type.IsPrimitive)
        {
            return System.Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (ElementType(type) is { } element)
        {
            var array = Array.CreateInstance(element, 0);
            return type.IsAssignableFrom(array.GetType()) ? array : Immutable(type, element, array);
        }

        return Examples(type).FirstOrDefault() ?? (type.IsValueType ? Activator.CreateInstance(type) : null);
    }

    /// <summary>The element type of a collection parameter (array, ImmutableArray, IEnumerable…), or null.</summary>
    public static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return type.GetGenericArguments()[0];
        }

        return type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : null;
    }

    /// <summary>A collection of <paramref name="type"/> holding <paramref name="items"/>.</summary>
    public static object Collection(Type type, Type element, Array items) =>
        type.IsAssignableFrom(items.GetType()) ? items : Immutable(type, element, items);

    private static object Immutable(Type type, Type element, Array items)
    {
        var create = typeof(ImmutableArray).GetMethods().Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }]);
        var immutable = create.MakeGenericMethod(element).Invoke(null, [items])!;
        return type.IsInstanceOfType(immutable) ? immutable : throw new NotSupportedException($"No collection of {element.Name} fits {type}.");
    }

    private static object? For(ParameterInfo parameter, object? example)
    {
        if (example is not null
            && example.GetType().GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } property
            && Fits(property.PropertyType, parameter.ParameterType))
        {
            return Convert(property.GetValue(example), parameter.ParameterType);
        }

        if (example is not null && parameter.ParameterType.IsInstanceOfType(example))
        {
            return example;
        }

        return parameter.HasDefaultValue ? parameter.DefaultValue : Plain(parameter.ParameterType);
    }

    private static bool Fits(Type property, Type parameter) =>
        parameter.IsAssignableFrom(property)
        || Nullable.GetUnderlyingType(parameter) == property
        || (ElementType(property) is { } a && ElementType(parameter) is { } b && b.IsAssignableFrom(a));

    private static object? Convert(object? value, Type parameter)
    {
        if (value is null || parameter.IsInstanceOfType(value) || Nullable.GetUnderlyingType(parameter) == value.GetType())
        {
            return value;
        }

        var element = ElementType(parameter)!;
        var items = ((IEnumerable)value).Cast<object?>().ToArray();
        var array = Array.CreateInstance(element, items.Length);
        Array.Copy(items, array, items.Length);
        return Collection(parameter, element, array);
    }
}
