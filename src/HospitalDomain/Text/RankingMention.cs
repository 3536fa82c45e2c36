using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Text;

/// <summary>A ranking the text states: 居全国第81位 (全国, 81), 华南地区第一 (华南地区, 1), 全国县级医院五百强 (within the top 500).</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class RankingMention
{
    /// <summary>Creates a ranking mention.</summary>
    /// <param name="scope">Where or among whom, as printed (全国, 华南地区, 全省地市级中医院), or null.</param>
    /// <param name="position">The position, or the size of the top group for <paramref name="withinTop"/>; at least 1.</param>
    /// <param name="withinTop">Whether the text places it within the top <paramref name="position"/> (五百强, 前50强) rather than at that place.</param>
    /// <param name="asWritten">The words of the ranking as printed.</param>
    /// <param name="start">The UTF-16 offset of <paramref name="asWritten"/> in the text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="asWritten"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asWritten"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is below 1 or <paramref name="start"/> negative.</exception>
    public RankingMention(string? scope, int position, bool withinTop, string asWritten, int start)
    {
        Scope = string.IsNullOrWhiteSpace(scope) ? null : scope.Trim();
        Position = Preconditions.CheckRange(position, 1, int.MaxValue);
        WithinTop = withinTop;
        AsWritten = Preconditions.CheckNotBlank(asWritten);
        Start = Preconditions.CheckRange(start, 0, int.MaxValue);
    }

    /// <summary>Gets where or among whom, or null.</summary>
    public string? Scope { get; }

    /// <summary>Gets the position, or the size of the top group.</summary>
    public int Position { get; }

    /// <summary>Gets whether it is a place within the top <see cref="Position"/>.</summary>
    public bool WithinTop { get; }

    /// <summary>Gets the words of the ranking as printed.</summary>
    public string AsWritten { get; }

    /// <summary>Gets the UTF-16 offset of <see cref="AsWritten"/> in the text.</summary>
    public int Start { get; }

    /// <summary>Returns the words as printed.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => AsWritten;
}
