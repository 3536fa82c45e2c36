using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>An identifier of a hospital in some register other than the credit code and organization code: a registration number, a medical-insurance code, a provincial code.</summary>
[JsonConverter(typeof(HospitalIdentifierJsonConverter))]
public sealed class HospitalIdentifier : IEquatable<HospitalIdentifier>
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="kind">The register the identifier belongs to.</param>
    /// <param name="value">The identifier as the register writes it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank.</exception>
    public HospitalIdentifier(HospitalIdentifierKind kind, string value)
    {
        Kind = Preconditions.CheckDefined(kind);
        Value = Preconditions.CheckNotBlank(value);
    }

    /// <summary>Gets the register the identifier belongs to.</summary>
    public HospitalIdentifierKind Kind { get; }

    /// <summary>Gets the identifier as the register writes it.</summary>
    public string Value { get; }

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(HospitalIdentifier? left, HospitalIdentifier? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(HospitalIdentifier? left, HospitalIdentifier? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(HospitalIdentifier? other) =>
        other is not null && (ReferenceEquals(this, other) || (Kind == other.Kind
            && string.Equals(Value, other.Value, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HospitalIdentifier);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(Value, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns "kind: value".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind}: {Value}";
}
