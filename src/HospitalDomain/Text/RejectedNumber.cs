using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Text;

/// <summary>A number of the text the reader did not take as a figure, and why: 2023年 (a year), 七个方面 (the text's own parts).</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class RejectedNumber
{
    /// <summary>Creates a rejected number.</summary>
    /// <param name="reason">Why it is not a figure.</param>
    /// <param name="asWritten">The number and the word that decided, as printed.</param>
    /// <param name="start">The UTF-16 offset of <paramref name="asWritten"/> in the text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="asWritten"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asWritten"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined or <paramref name="start"/> negative.</exception>
    public RejectedNumber(NotAFigureReason reason, string asWritten, int start)
    {
        Reason = Preconditions.CheckDefined(reason);
        AsWritten = Preconditions.CheckNotBlank(asWritten);
        Start = Preconditions.CheckRange(start, 0, int.MaxValue);
    }

    /// <summary>Gets why it is not a figure.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public NotAFigureReason Reason { get; }

    /// <summary>Gets the number and the word that decided, as printed.</summary>
    public string AsWritten { get; }

    /// <summary>Gets the UTF-16 offset of <see cref="AsWritten"/> in the text.</summary>
    public int Start { get; }

    /// <summary>Returns "asWritten: reason".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{AsWritten}: {Reason}";
}
