using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>An identifier of a hospital in some register other than the credit code and organization code: a registration number, a medical-insurance code, a provincial code.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class HospitalIdentifier
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

    /// <summary>Returns "kind: value".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind}: {Value}";
}
