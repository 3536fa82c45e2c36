using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;
using NodaTime;

namespace HospitalDomain.Governance;

/// <summary>
/// An undated profile: the figures a hospital's introduction states "as of" the text (现有职工1200人,
/// 开放床位800张, 占地120亩), with no reporting period; the date of the text when it is known.
/// </summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class ReportedProfile
{
    /// <summary>Creates a profile.</summary>
    /// <param name="subject">The hospital or group described.</param>
    /// <param name="figures">The figures as printed.</param>
    /// <param name="asOf">The date of the text the figures are stated in, or null when it is not known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is blank, or <paramref name="figures"/> holds null.</exception>
    public ReportedProfile(string subject, IEnumerable<ReportedFigure>? figures = null, LocalDate? asOf = null)
    {
        Subject = Preconditions.CheckNotBlank(subject);
        Figures = ImmutableArrayEquality.ToImmutableOrEmpty(figures);
        foreach (var item in Figures)
        {
            Preconditions.CheckArgument(item is not null, nameof(figures), "figures must not contain null.");
        }

        AsOf = asOf;
    }

    /// <summary>Gets the hospital or group described.</summary>
    public string Subject { get; }

    /// <summary>Gets the figures as printed.</summary>
    public ImmutableArray<ReportedFigure> Figures { get; }

    /// <summary>Gets the date of the text, or null when it is not known.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>Returns "subject: n figures".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Subject}: {Figures.Length} figures";
}
