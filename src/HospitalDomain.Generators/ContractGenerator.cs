using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HospitalDomain.Generators;

/// <summary>
/// Writes, from each type's constructor, what would otherwise be written by hand three times:
/// <list type="bullet">
/// <item>a JSON converter for every type marked <c>[JsonConverter(typeof(F))]</c> where F is a partial
/// <c>JsonConverterFactory</c> of the same assembly, and F's lookup of every such type; a type whose
/// shape is not its constructor's keeps a hand-written converter named <c>{Type}JsonConverter</c>
/// (with a static <c>Instance</c>) in F's namespace, which the lookup registers instead;</item>
/// <item>for a type whose JSON is not its constructor's, a converter through its document: the type
/// declares <c>internal TDocument ToDocument()</c> and <c>internal static T FromDocument(TDocument)</c>,
/// and TDocument (a record named <c>{Type}Document</c>) states the contract; a document may hold
/// one map marked <c>[JsonExtensionData]</c> for properties named by data (metric codes) rather
/// than by the type;</item>
/// <item>value equality for every partial type marked <c>[ValueEquality]</c>.</item>
/// </list>
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContractGenerator : IIncrementalGenerator
{
    private const string JsonConverterAttribute = "System.Text.Json.Serialization.JsonConverterAttribute";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(c => c.AddSource("ValueEquality.g.cs", RuntimeSource.Equality));

        var equality = context.SyntaxProvider.ForAttributeWithMetadataName(
            "HospitalDomain.ValueEqualityAttribute",
            static (node, _) => node is TypeDeclarationSyntax,
            static (c, _) => Equality((INamedTypeSymbol)c.TargetSymbol, c.TargetNode, c.SemanticModel.Compilation));
        context.RegisterSourceOutput(equality, static (output, model) =>
        {
            foreach (var diagnostic in model.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (model.Source is not null)
            {
                output.AddSource(model.HintName, model.Source);
            }
        });

        var converters = context.SyntaxProvider.ForAttributeWithMetadataName(
            JsonConverterAttribute,
            static (node, _) => node is BaseTypeDeclarationSyntax,
            static (c, token) => Converter((INamedTypeSymbol)c.TargetSymbol, c.TargetNode, c.Attributes, c.SemanticModel.Compilation, token))
            .Where(static m => m is not null)
            .Select(static (m, _) => m!);
        context.RegisterSourceOutput(converters.Collect(), static (output, models) => Emit(output, models));
    }

    private static EqualityModel Equality(INamedTypeSymbol type, SyntaxNode node, Compilation compilation)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var hint = Naming.Flatten(type.ToDisplayString()) + ".Equality.g.cs";
        if (!IsPartial(node) || type.IsRecord || type.ContainingType is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create("HDG004", $"{type.Name} asks for generated equality: it must be a partial, top-level class or struct (not a record).", type));
            return new EqualityModel(hint, null, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        var contract = Contract.Read(type, compilation, t => ConverterOf(t, compilation), diagnostics, forJson: false);
        return new EqualityModel(hint, contract is null ? null : EqualityWriter.Write(contract), new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    private static ConverterModel? Converter(INamedTypeSymbol type, SyntaxNode node, ImmutableArray<AttributeData> attributes, Compilation compilation, CancellationToken token)
    {
        var factory = attributes.Select(a => FactoryOf(a, compilation)).FirstOrDefault(f => f is not null);
        if (factory is null)
        {
            return null;
        }

        var ns = factory.ContainingNamespace.ToDisplayString();
        var converterName = type.Name + "JsonConverter";
        var diagnostics = new List<DiagnosticInfo>();
        string? source = null;
        var enums = new List<ITypeSymbol>();
        var usesDates = false;
        if (compilation.GetTypeByMetadataName(ns + "." + converterName) is not null)
        {
            // Written by hand: only registered.
        }
        else if (type.ContainingType is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create("HDG006", $"{type.Name}: generated converters are for top-level types.", type));
        }
        else if (DocumentOf(type) is { } document)
        {
            if (ConverterOf(document, compilation) is not { } documentConverter)
            {
                diagnostics.Add(DiagnosticInfo.Create("HDG008", $"{type.Name}'s document {document.Name} states no JSON contract of this assembly.", type));
            }
            else
            {
                source = RuntimeSource.DocumentConverter(ns, converterName, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), type.Name, documentConverter.Name, type.IsReferenceType);
            }
        }
        else if (type.TypeKind == TypeKind.Enum)
        {
            enums.Add(type);
            source = RuntimeSource.EnumConverter(ns, converterName, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), type.Name);
        }
        else if (Contract.Read(type, compilation, t => ConverterOf(t, compilation), diagnostics) is { } contract)
        {
            token.ThrowIfCancellationRequested();
            if (contract.Members.Count > 64)
            {
                diagnostics.Add(DiagnosticInfo.Create("HDG007", $"{type.Name} has more than 64 properties.", type));
            }
            else
            {
                source = ConverterWriter.Write(contract, ns, converterName, enums, ref usesDates);
            }
        }

        var enumInfos = enums.Distinct<ITypeSymbol>(SymbolEqualityComparer.Default).Select(EnumInfoOf);
        return new ConverterModel(ns, factory.Name, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), converterName, source,
            new EquatableArray<EnumInfo>(enumInfos), new EquatableArray<DiagnosticInfo>(diagnostics), usesDates);
    }

    private static void Emit(SourceProductionContext output, ImmutableArray<ConverterModel> models)
    {
        foreach (var model in models)
        {
            foreach (var diagnostic in model.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (model.Source is not null)
            {
                output.AddSource($"{model.FactoryNamespace}.{model.ConverterName}.g.cs", model.Source);
            }
        }

        foreach (var group in models.GroupBy(m => (m.FactoryNamespace, m.FactoryName)))
        {
            var (ns, factory) = group.Key;
            output.AddSource($"{ns}.JsonRuntime.g.cs", RuntimeSource.Runtime(ns, group.Any(m => m.UsesDates)));
            var enums = group.SelectMany(m => m.Enums).GroupBy(e => e.TypeName).Select(g => g.First()).OrderBy(e => e.TypeName, System.StringComparer.Ordinal);
            output.AddSource($"{ns}.JsonEnums.g.cs", RuntimeSource.Enums(ns, enums));
            var lookup = new System.Text.StringBuilder()
                .AppendLine("// <auto-generated/>")
                .AppendLine("#nullable enable")
                .AppendLine($"namespace {ns}")
                .AppendLine("{")
                .AppendLine($"    partial class {factory}")
                .AppendLine("    {")
                .AppendLine("        private static partial global::System.Text.Json.Serialization.JsonConverter? Find(global::System.Type type)")
                .AppendLine("        {");
            foreach (var model in group.OrderBy(m => m.TypeName, System.StringComparer.Ordinal))
            {
                lookup.AppendLine($"            if (type == typeof({model.TypeName})) return {model.ConverterName}.Instance;");
            }

            lookup.AppendLine("            return null;").AppendLine("        }").AppendLine("    }").AppendLine("}");
            output.AddSource($"{ns}.{factory}.g.cs", lookup.ToString());
        }
    }

    /// <summary>The factory named by a <c>[JsonConverter]</c> attribute when it is a partial factory of this compilation.</summary>
    private static INamedTypeSymbol? FactoryOf(AttributeData attribute, Compilation compilation)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol factory)
        {
            return null;
        }

        var isFactory = false;
        for (var b = factory.BaseType; b is not null; b = b.BaseType)
        {
            isFactory |= b.ToDisplayString() == "System.Text.Json.Serialization.JsonConverterFactory";
        }

        return isFactory && SymbolEqualityComparer.Default.Equals(factory.ContainingAssembly, compilation.Assembly)
            && factory.DeclaringSyntaxReferences.Any(r => IsPartial(r.GetSyntax()))
            ? factory
            : null;
    }

    /// <summary>
    /// How to reach the converter of a type: a converter class of this compilation (generated, or
    /// written by hand with an Instance), or, for a type of another assembly, the public converter its
    /// own attribute names (the expression that creates it); null when the type has none.
    /// </summary>
    private static (string Name, bool Generated)? ConverterOf(ITypeSymbol type, Compilation compilation)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != JsonConverterAttribute)
            {
                continue;
            }

            if (FactoryOf(attribute, compilation) is { } factory)
            {
                var name = $"{factory.ContainingNamespace.ToDisplayString()}.{type.Name}JsonConverter";
                return ("global::" + name, compilation.GetTypeByMetadataName(name) is null);
            }

            if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is INamedTypeSymbol foreign
                && !SymbolEqualityComparer.Default.Equals(foreign.ContainingAssembly, compilation.Assembly)
                && foreign.DeclaredAccessibility == Accessibility.Public)
            {
                var typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                return ($"JsonRuntime.Foreign<{typeName}, {foreign.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)}>", false);
            }
        }

        return null;
    }

    /// <summary>
    /// The document type of a type whose JSON is not its constructor's: the return type of an
    /// instance method <c>ToDocument()</c> matched by a static <c>FromDocument(document)</c>.
    /// </summary>
    private static ITypeSymbol? DocumentOf(INamedTypeSymbol type)
    {
        var toDocument = type.GetMembers("ToDocument").OfType<IMethodSymbol>().FirstOrDefault(m => !m.IsStatic && m.Parameters.Length == 0);
        return toDocument is not null && type.GetMembers("FromDocument").OfType<IMethodSymbol>().Any(m =>
                m.IsStatic && m.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, toDocument.ReturnType) && SymbolEqualityComparer.Default.Equals(m.ReturnType, type))
            ? toDocument.ReturnType
            : null;
    }

    private static EnumInfo EnumInfoOf(ITypeSymbol type)
    {
        var members = type.GetMembers().OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue)
            .GroupBy(f => f.ConstantValue)
            .Select(g => g.First())
            .Select(f => new EnumMember(f.Name, Naming.CamelCase(f.Name)));
        return new EnumInfo(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), new EquatableArray<EnumMember>(members));
    }

    private static bool IsPartial(SyntaxNode node) =>
        node is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword));
}
