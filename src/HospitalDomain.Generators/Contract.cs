using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace HospitalDomain.Generators;

/// <summary>How a value of some C# type is read and written.</summary>
internal enum ShapeKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Decimal,
    Enum,
    Date,
    Contract,
    Array,

    /// <summary>A JSON object of names and values, held as <c>ImmutableArray&lt;KeyValuePair&lt;string, T&gt;&gt;</c> in document order.</summary>
    Map,
}

/// <summary>The shape of a value: its kind, whether null is allowed, and for arrays the element's shape.</summary>
internal sealed class Shape
{
    public Shape(ShapeKind kind, ITypeSymbol type, bool nullable, Shape? element = null, string? converter = null, bool generated = false)
    {
        Generated = generated;
        Kind = kind;
        Type = type;
        Nullable = nullable;
        Element = element;
        Converter = converter;
    }

    public ShapeKind Kind { get; }

    /// <summary>The underlying type (without <c>Nullable&lt;T&gt;</c>).</summary>
    public ITypeSymbol Type { get; }

    public bool Nullable { get; }

    public Shape? Element { get; }

    /// <summary>For <see cref="ShapeKind.Contract"/>: the fully qualified converter class.</summary>
    public string? Converter { get; }

    /// <summary>For <see cref="ShapeKind.Contract"/>: whether the converter is generated (static ReadValue/WriteValue) or written by hand (an Instance).</summary>
    public bool Generated { get; }

    public string TypeName => Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
}

/// <summary>A property bound to a constructor parameter: the unit of both the JSON contract and equality.</summary>
internal sealed class Member
{
    public Member(IParameterSymbol parameter, IPropertySymbol property, string jsonName, Shape readShape, Shape writeShape, int order, bool alwaysWritten, bool extension)
    {
        AlwaysWritten = alwaysWritten;
        Extension = extension;
        Parameter = parameter;
        Property = property;
        JsonName = jsonName;
        ReadShape = readShape;
        WriteShape = writeShape;
        Order = order;
    }

    public IParameterSymbol Parameter { get; }

    public IPropertySymbol Property { get; }

    public string JsonName { get; }

    /// <summary>The shape read from JSON and passed to the constructor (the parameter's type).</summary>
    public Shape ReadShape { get; }

    /// <summary>The shape written to JSON (the property's type).</summary>
    public Shape WriteShape { get; }

    public int Order { get; }

    /// <summary>Whether the property is written even when it holds its default (<c>[JsonIgnore(Condition = JsonIgnoreCondition.Never)]</c>).</summary>
    public bool AlwaysWritten { get; }

    /// <summary>
    /// Whether the member is a map marked <c>[JsonExtensionData]</c>: it has no property of its own;
    /// the object's properties that no other member names are its entries, in document order, and
    /// it writes them flat, at its place in the member order.
    /// </summary>
    public bool Extension { get; }

    /// <summary>
    /// Whether reading fails when the property is absent: the parameter is not nullable and has no
    /// default value. A required collection is written even when empty; an optional one is left out.
    /// An extension member is never required.
    /// </summary>
    public bool Required => !Extension && !ReadShape.Nullable && !Parameter.HasExplicitDefaultValue;
}

/// <summary>The members of a type as its constructor states them.</summary>
internal sealed class Contract
{
    private Contract(INamedTypeSymbol type, IMethodSymbol constructor, List<Member> members)
    {
        Type = type;
        Constructor = constructor;
        Members = members;
    }

    public INamedTypeSymbol Type { get; }

    public IMethodSymbol Constructor { get; }

    /// <summary>The expression that creates a value, before its argument list: <c>new T</c> or <c>T.Factory</c>.</summary>
    public string Creation => Constructor.MethodKind == MethodKind.Constructor ? "new " + TypeName : TypeName + "." + Constructor.Name;

    /// <summary>The members in JSON order: <c>[JsonPropertyOrder]</c> first, then the constructor's order.</summary>
    public List<Member> Members { get; }

    public string TypeName => Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    /// <summary>
    /// The name errors use: the type's name, or for an internal document type named <c>XDocument</c>
    /// (the JSON form of a type whose shape is not its constructor's), the name X of the type it stands for.
    /// </summary>
    public string ContractName => Type.Name.EndsWith("Document", System.StringComparison.Ordinal) && Type.Name.Length > 8 ? Type.Name.Substring(0, Type.Name.Length - 8) : Type.Name;

    /// <summary>Reads the contract of <paramref name="type"/>; problems are added to <paramref name="diagnostics"/>.</summary>
    /// <param name="type">The type.</param>
    /// <param name="compilation">The compilation, for well-known types.</param>
    /// <param name="converterOf">Returns the converter class of a type that has one in this compilation, or null.</param>
    /// <param name="diagnostics">Receives the problems found.</param>
    /// <returns>The contract, or null when it cannot be built.</returns>
    /// <param name="forJson">Whether the members need JSON shapes (equality alone does not).</param>
    public static Contract? Read(INamedTypeSymbol type, Compilation compilation, System.Func<ITypeSymbol, (string Name, bool Generated)?> converterOf, List<DiagnosticInfo> diagnostics, bool forJson = true)
    {
        var constructors = type.InstanceConstructors.Where(c => !c.IsImplicitlyDeclared || type.IsRecord).ToList();
        var marked = constructors.Where(c => HasAttribute(c, "System.Text.Json.Serialization.JsonConstructorAttribute"))
            .Concat(type.GetMembers().OfType<IMethodSymbol>().Where(m => m.IsStatic && HasAttribute(m, "HospitalDomain.ContractFactoryAttribute") && SymbolEqualityComparer.Default.Equals(m.ReturnType, type)))
            .ToList();
        var publicOnes = constructors.Where(c => c.DeclaredAccessibility == Accessibility.Public && !IsCopyConstructor(c, type)).ToList();
        var constructor = marked.Count == 1 ? marked[0] : marked.Count == 0 && publicOnes.Count == 1 ? publicOnes[0] : null;
        if (constructor is null)
        {
            diagnostics.Add(DiagnosticInfo.Create("HDG001", $"{type.Name} needs exactly one public constructor, or one constructor marked [JsonConstructor] or static method marked [ContractFactory], to state its contract.", type));
            return null;
        }

        var members = new List<Member>();
        var index = 0;
        foreach (var parameter in constructor.Parameters)
        {
            var property = FindProperty(type, parameter.Name);
            if (property is null)
            {
                diagnostics.Add(DiagnosticInfo.Create("HDG002", $"{type.Name}: the constructor parameter '{parameter.Name}' has no property of the same name.", parameter));
                return null;
            }

            var readShape = ShapeOf(parameter.Type, parameter.NullableAnnotation, compilation, converterOf);
            var writeShape = ShapeOf(property.Type, property.NullableAnnotation, compilation, converterOf);
            if (!forJson)
            {
                readShape ??= new Shape(ShapeKind.String, parameter.Type, false);
                writeShape ??= new Shape(ShapeKind.String, property.Type, false);
            }

            if (readShape is null || writeShape is null)
            {
                diagnostics.Add(DiagnosticInfo.Create("HDG003", $"{type.Name}.{property.Name}: the type {parameter.Type.ToDisplayString()} has no JSON shape (string, number, boolean, enumeration, LocalDate, a type with a converter, or a collection of those).", parameter));
                return null;
            }

            var jsonName = AttributeArgument(property, "System.Text.Json.Serialization.JsonPropertyNameAttribute") as string ?? Naming.CamelCase(property.Name);
            var order = AttributeArgument(property, "System.Text.Json.Serialization.JsonPropertyOrderAttribute") as int? ?? 0;
            var alwaysWritten = property.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.Text.Json.Serialization.JsonIgnoreAttribute"
                && a.NamedArguments.Any(n => n.Key == "Condition" && n.Value.Value is 0));
            var extension = forJson && HasAttribute(property, "System.Text.Json.Serialization.JsonExtensionDataAttribute");
            if (extension && (readShape.Kind != ShapeKind.Map || writeShape.Kind != ShapeKind.Map || readShape.Nullable))
            {
                diagnostics.Add(DiagnosticInfo.Create("HDG009", $"{type.Name}.{property.Name}: [JsonExtensionData] needs a map of names to values, ImmutableArray<KeyValuePair<string, T>>.", parameter));
                return null;
            }

            members.Add(new Member(parameter, property, jsonName, readShape, writeShape, (order * 1000) + index++, alwaysWritten, extension));
        }

        if (members.Count(m => m.Extension) > 1)
        {
            diagnostics.Add(DiagnosticInfo.Create("HDG010", $"{type.Name} has more than one [JsonExtensionData] member; the properties no other member names can go into one only.", type));
            return null;
        }

        return new Contract(type, constructor, members.OrderBy(m => m.Order).ToList());
    }

    private static bool HasAttribute(ISymbol symbol, string name) => symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == name);

    private static bool IsCopyConstructor(IMethodSymbol constructor, INamedTypeSymbol type) =>
        constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

    private static IPropertySymbol? FindProperty(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var property = current.GetMembers().OfType<IPropertySymbol>()
                .FirstOrDefault(p => !p.IsStatic && !p.IsIndexer && string.Equals(p.Name, name, System.StringComparison.OrdinalIgnoreCase));
            if (property is not null)
            {
                return property;
            }
        }

        return null;
    }

    private static object? AttributeArgument(ISymbol symbol, string attributeName) =>
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == attributeName) is { ConstructorArguments.Length: 1 } attribute
            ? attribute.ConstructorArguments[0].Value
            : null;

    private static Shape? ShapeOf(ITypeSymbol type, NullableAnnotation annotation, Compilation compilation, System.Func<ITypeSymbol, (string Name, bool Generated)?> converterOf)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullableValue)
        {
            var inner = ShapeOf(nullableValue.TypeArguments[0], NullableAnnotation.NotAnnotated, compilation, converterOf);
            return inner is null || inner.Kind == ShapeKind.Array ? null : new Shape(inner.Kind, inner.Type, true, inner.Element, inner.Converter, inner.Generated);
        }

        var nullable = annotation == NullableAnnotation.Annotated && type.IsReferenceType;
        switch (type.SpecialType)
        {
            case SpecialType.System_String: return new Shape(ShapeKind.String, type, nullable);
            case SpecialType.System_Boolean: return new Shape(ShapeKind.Boolean, type, false);
            case SpecialType.System_Int32: return new Shape(ShapeKind.Int32, type, false);
            case SpecialType.System_Int64: return new Shape(ShapeKind.Int64, type, false);
            case SpecialType.System_Decimal: return new Shape(ShapeKind.Decimal, type, false);
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return new Shape(ShapeKind.Enum, type, false);
        }

        if (type.ToDisplayString() == "NodaTime.LocalDate")
        {
            return new Shape(ShapeKind.Date, type, false);
        }

        if (converterOf(type) is { } converter)
        {
            return new Shape(ShapeKind.Contract, type, nullable, converter: converter.Name, generated: converter.Generated);
        }

        var element = ElementType(type, compilation);
        if (element is INamedTypeSymbol { IsGenericType: true } pair
            && pair.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.KeyValuePair<TKey, TValue>"
            && pair.TypeArguments[0].SpecialType == SpecialType.System_String
            && ShapeOf(pair.TypeArguments[1], NullableAnnotation.NotAnnotated, compilation, converterOf) is { Kind: not (ShapeKind.Array or ShapeKind.Map), Nullable: false } valueShape)
        {
            return new Shape(ShapeKind.Map, type, nullable, valueShape);
        }

        if (element is not null && ShapeOf(element, NullableAnnotation.NotAnnotated, compilation, converterOf) is { Kind: not (ShapeKind.Array or ShapeKind.Map), Nullable: false } elementShape)
        {
            return new Shape(ShapeKind.Array, type, nullable, elementShape);
        }

        return null;
    }

    private static ITypeSymbol? ElementType(ITypeSymbol type, Compilation compilation)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type is not INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic)
        {
            return null;
        }

        var definition = generic.OriginalDefinition.ToDisplayString();
        return definition is "System.Collections.Immutable.ImmutableArray<T>"
            or "System.Collections.Generic.IEnumerable<T>"
            or "System.Collections.Generic.IReadOnlyList<T>"
            or "System.Collections.Generic.IReadOnlyCollection<T>"
            ? generic.TypeArguments[0]
            : null;
    }
}
