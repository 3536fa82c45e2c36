using System.Text.Json.Serialization;
using HospitalDomain.Departments;
using HospitalDomain.Serialization;

namespace HospitalDomain.Text;

/// <summary>
/// A key specialty the text names (“国重”针灸科, 心病科 … 市级重点中医专科建设单位), or a number of them it gives
/// without names (七大专科通过省级重点专科验收), with the level and programme where the words say them.
/// </summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class KeySpecialtyMention
{
    /// <summary>Creates a key-specialty mention.</summary>
    /// <param name="name">The specialty as named, or null when only a count is given.</param>
    /// <param name="count">The number given without names, or null when the specialty is named.</param>
    /// <param name="level">The level, or null when the words do not say.</param>
    /// <param name="programme">The programme, or null when the words do not say.</param>
    /// <param name="asWritten">The words naming or counting it, such as 针灸科 or 七大专科.</param>
    /// <param name="start">The UTF-16 offset of <paramref name="asWritten"/> in the text.</param>
    /// <exception cref="ArgumentException">Both or neither of a name and a count are given, or a text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enumeration value is not defined, <paramref name="count"/> is below 1 or <paramref name="start"/> negative.</exception>
    public KeySpecialtyMention(string? name, int? count, KeySpecialtyLevel? level, KeySpecialtyProgramme? programme, string asWritten, int start)
    {
        Preconditions.CheckArgument(name is null != count is null, nameof(name), $"a key-specialty mention has a name or a count, not both or neither (name '{name}', count {count}).");
        Name = name is null ? null : Preconditions.CheckNotBlank(name);
        Count = count is { } c ? Preconditions.CheckRange(c, 1, int.MaxValue, nameof(count)) : null;
        Level = Preconditions.CheckDefined(level);
        Programme = Preconditions.CheckDefined(programme);
        AsWritten = Preconditions.CheckNotBlank(asWritten);
        Start = Preconditions.CheckRange(start, 0, int.MaxValue);
    }

    /// <summary>Gets the specialty as named, or null.</summary>
    public string? Name { get; }

    /// <summary>Gets the number given without names, or null.</summary>
    public int? Count { get; }

    /// <summary>Gets the level, or null.</summary>
    public KeySpecialtyLevel? Level { get; }

    /// <summary>Gets the programme, or null.</summary>
    public KeySpecialtyProgramme? Programme { get; }

    /// <summary>Gets the words naming or counting it.</summary>
    public string AsWritten { get; }

    /// <summary>Gets the UTF-16 offset of <see cref="AsWritten"/> in the text.</summary>
    public int Start { get; }

    /// <summary>Returns the name, or "n key specialties".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name ?? $"{Count} key specialties";
}
