using System.Text.Json.Serialization;
using HospitalDomain.Commendations;
using HospitalDomain.Serialization;

namespace HospitalDomain.Text;

/// <summary>A count of commended collectives or individuals the text states: 先进集体20个, 156名同志获评先进工作者.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class CommendationMention
{
    /// <summary>Creates a commendation mention.</summary>
    /// <param name="title">The title as printed, such as 先进集体 or 年度先进工作者.</param>
    /// <param name="kind">Whether collectives or individuals are counted.</param>
    /// <param name="count">The number, at least 1.</param>
    /// <param name="isTotal">Whether it is the total of its kind (20个先进集体和230名先进个人) rather than one award of a breakdown.</param>
    /// <param name="asWritten">The count as printed, such as 20个先进集体.</param>
    /// <param name="start">The UTF-16 offset of <paramref name="asWritten"/> in the text.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, <paramref name="count"/> is below 1 or <paramref name="start"/> negative.</exception>
    public CommendationMention(string title, RecipientKind kind, int count, bool isTotal, string asWritten, int start)
    {
        Title = Preconditions.CheckNotBlank(title);
        Kind = Preconditions.CheckDefined(kind);
        Count = Preconditions.CheckRange(count, 1, int.MaxValue);
        IsTotal = isTotal;
        AsWritten = Preconditions.CheckNotBlank(asWritten);
        Start = Preconditions.CheckRange(start, 0, int.MaxValue);
    }

    /// <summary>Gets the title as printed.</summary>
    public string Title { get; }

    /// <summary>Gets whether collectives or individuals are counted.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public RecipientKind Kind { get; }

    /// <summary>Gets the number.</summary>
    public int Count { get; }

    /// <summary>Gets whether it is the total of its kind rather than one award of a breakdown.</summary>
    public bool IsTotal { get; }

    /// <summary>Gets the count as printed.</summary>
    public string AsWritten { get; }

    /// <summary>Gets the UTF-16 offset of <see cref="AsWritten"/> in the text.</summary>
    public int Start { get; }

    /// <summary>Returns "title count".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Title}{Count}";
}
