using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HospitalDomain.Generators;

/// <summary>An immutable array compared by content, so that pipeline models cache between compilations.</summary>
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IEnumerable<T>
    where T : IEquatable<T>
{
    private readonly T[]? _items;

    public EquatableArray(IEnumerable<T> items) => _items = items.ToArray();

    public int Count => _items?.Length ?? 0;

    public bool Equals(EquatableArray<T> other) => this.SequenceEqual(other);

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in this)
        {
            hash = unchecked((hash * 31) + item.GetHashCode());
        }

        return hash;
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A diagnostic kept as plain data (a <see cref="Location"/> does not compare by value across compilations).</summary>
internal sealed record DiagnosticInfo(string Id, string Message, string? FilePath, TextSpan Span, LinePositionSpan Lines)
{
    public static DiagnosticInfo Create(string id, string message, ISymbol symbol)
    {
        var location = symbol.Locations.FirstOrDefault(l => l.IsInSource);
        return location is null
            ? new DiagnosticInfo(id, message, null, default, default)
            : new DiagnosticInfo(id, message, location.SourceTree?.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }

    public Diagnostic ToDiagnostic()
    {
        var descriptor = new DiagnosticDescriptor(Id, "HospitalDomain contract generator", "{0}", "HospitalDomain.Generators", DiagnosticSeverity.Error, isEnabledByDefault: true);
        var location = FilePath is null ? Location.None : Location.Create(FilePath, Span, Lines);
        return Diagnostic.Create(descriptor, location, Message);
    }
}

/// <summary>An enumeration used by a contract: its members' JSON names and values.</summary>
internal sealed record EnumInfo(string TypeName, EquatableArray<EnumMember> Members);

/// <summary>One member of an enumeration: the C# name and the JSON (camelCase) name.</summary>
internal sealed record EnumMember(string Name, string JsonName);

/// <summary>The JSON converter of one type: generated, or written by hand and only registered.</summary>
internal sealed record ConverterModel(
    string FactoryNamespace,
    string FactoryName,
    string TypeName,
    string ConverterName,
    string? Source,
    EquatableArray<EnumInfo> Enums,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool UsesDates);

/// <summary>The generated equality members of one type.</summary>
internal sealed record EqualityModel(string HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics);
