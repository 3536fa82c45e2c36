using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Governance;
using HospitalDomain.Serialization;

namespace HospitalDomain.Text;

/// <summary>
/// A figure the text states, where it stands: the figure (label, value, unit, change, metric, timing,
/// target), the value and unit as printed (260.72万人次) with their offset, and every change stated with
/// it (a report may give both 同比增加2802人次 and 增长7.51%; <see cref="ReportedFigure.Change"/> is the first).
/// </summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class FigureMention
{
    /// <summary>Creates a figure mention.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="asWritten">The value and unit as printed (260.72万人次); for a figure that states only a change, the change's amount and unit (28.42%).</param>
    /// <param name="start">The UTF-16 offset of <paramref name="asWritten"/> in the text.</param>
    /// <param name="changes">The changes stated with the figure, in the text's order.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asWritten"/> is empty or <paramref name="changes"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative.</exception>
    public FigureMention(ReportedFigure figure, string asWritten, int start, IEnumerable<ChangeMention>? changes = null)
    {
        Figure = Preconditions.CheckNotNull(figure);
        AsWritten = Preconditions.CheckNotBlank(asWritten);
        Start = Preconditions.CheckRange(start, 0, int.MaxValue);
        Changes = ImmutableArrayEquality.ToImmutableOrEmpty(changes);
        foreach (var item in Changes)
        {
            Preconditions.CheckArgument(item is not null, nameof(changes), "changes must not contain null.");
        }
    }

    /// <summary>Gets the figure.</summary>
    public ReportedFigure Figure { get; }

    /// <summary>Gets the value and unit as printed.</summary>
    public string AsWritten { get; }

    /// <summary>Gets the UTF-16 offset of <see cref="AsWritten"/> in the text.</summary>
    public int Start { get; }

    /// <summary>Gets the UTF-16 length of <see cref="AsWritten"/>.</summary>
    public int Length => AsWritten.Length;

    /// <summary>Gets the changes stated with the figure.</summary>
    public ImmutableArray<ChangeMention> Changes { get; }

    /// <summary>Returns "figure@start".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Figure}@{Start}";
}
