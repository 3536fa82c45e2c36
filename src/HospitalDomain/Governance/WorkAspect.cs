using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>One aspect of a year's work in a report (党的建设, 医疗服务 …) with its achievements and figures.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class WorkAspect
{
    /// <summary>Creates a aspect of work.</summary>
    /// <param name="title">The aspect, such as 医疗服务.</param>
    /// <param name="achievements">The achievements, in the report's order.</param>
    /// <param name="figures">The figures reported for it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public WorkAspect(string title, IEnumerable<string>? achievements = null, IEnumerable<ReportedFigure>? figures = null)
    {
        Title = Preconditions.CheckNotBlank(title);
        Achievements = ImmutableArrayEquality.ToImmutableOrEmpty(achievements).Select(s => Preconditions.CheckNotBlank(s, nameof(achievements))).ToImmutableArray();
        Figures = ImmutableArrayEquality.ToImmutableOrEmpty(figures);
        foreach (var item in Figures)
        {
            Preconditions.CheckArgument(item is not null, nameof(figures), "figures must not contain null.");
        }
    }

    /// <summary>Gets the aspect.</summary>
    public string Title { get; }

    /// <summary>Gets the achievements.</summary>
    public ImmutableArray<string> Achievements { get; }

    /// <summary>Gets the figures reported for it.</summary>
    public ImmutableArray<ReportedFigure> Figures { get; }

    /// <summary>Returns the title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Title;
}
