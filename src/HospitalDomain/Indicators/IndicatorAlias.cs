using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>Another name under which an indicator is known, such as a later edition's wording.</summary>
[JsonConverter(typeof(IndicatorAliasJsonConverter))]
public sealed class IndicatorAlias : IEquatable<IndicatorAlias>
{
    /// <summary>Creates an alias.</summary>
    /// <param name="code">The code of the indicator.</param>
    /// <param name="name">The other name.</param>
    /// <param name="note">A remark, or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public IndicatorAlias(string code, string name, string? note = null)
    {
        Code = Preconditions.CheckNotBlank(code);
        Name = Preconditions.CheckNotBlank(name);
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>Gets the code of the indicator.</summary>
    public string Code { get; }

    /// <summary>Gets the other name.</summary>
    public string Name { get; }

    /// <summary>Gets a remark, or null.</summary>
    public string? Note { get; }

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(IndicatorAlias? left, IndicatorAlias? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(IndicatorAlias? left, IndicatorAlias? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(IndicatorAlias? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Code, other.Code, StringComparison.Ordinal)
            && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && string.Equals(Note, other.Note, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorAlias);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Code, StringComparer.Ordinal);
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Note, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns "name → code".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} → {Code}";
}
