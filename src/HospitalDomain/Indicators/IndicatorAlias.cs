using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>Another name under which an indicator is known, such as a later edition's wording.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class IndicatorAlias
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

    /// <summary>Returns "name → code".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} → {Code}";
}
