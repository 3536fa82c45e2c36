using System.Text.Json.Serialization;
using HospitalDomain.Governance;
using HospitalDomain.Serialization;

namespace HospitalDomain.Text;

/// <summary>A change the text states, where it stands: 较上年同期下降0.5天 at offset 412.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class ChangeMention
{
    /// <summary>Creates a change mention.</summary>
    /// <param name="change">The change.</param>
    /// <param name="asWritten">The words of the change as printed, such as 较上年同期下降0.5天.</param>
    /// <param name="start">The UTF-16 offset of <paramref name="asWritten"/> in the text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asWritten"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative.</exception>
    public ChangeMention(StatedChange change, string asWritten, int start)
    {
        Change = Preconditions.CheckNotNull(change);
        AsWritten = Preconditions.CheckNotBlank(asWritten);
        Start = Preconditions.CheckRange(start, 0, int.MaxValue);
    }

    /// <summary>Gets the change.</summary>
    public StatedChange Change { get; }

    /// <summary>Gets the words of the change as printed.</summary>
    public string AsWritten { get; }

    /// <summary>Gets the UTF-16 offset of <see cref="AsWritten"/> in the text.</summary>
    public int Start { get; }

    /// <summary>Gets the UTF-16 length of <see cref="AsWritten"/>.</summary>
    public int Length => AsWritten.Length;

    /// <summary>Returns "asWritten@start".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{AsWritten}@{Start}";
}
