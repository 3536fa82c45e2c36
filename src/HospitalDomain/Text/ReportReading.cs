using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Commendations;
using HospitalDomain.Serialization;

namespace HospitalDomain.Text;

/// <summary>
/// What a report's text states, as <see cref="ReportReader.Read(string)"/> finds it: the hospital, the year
/// the figures describe, the figures with their changes, the commendation counts, the key specialties, the
/// rankings, and the numbers it did not take as figures with the reason.
/// </summary>
/// <remarks>Every mention carries its UTF-16 offset in the text read. Equality compares every property.</remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class ReportReading
{
    /// <summary>Creates a reading.</summary>
    /// <param name="hospital">The hospital or group the text is about, or null when it does not name one.</param>
    /// <param name="year">The year the figures describe, or null when the text does not say.</param>
    /// <param name="figures">The figures, in the text's order.</param>
    /// <param name="commendations">The commendation counts, in the text's order.</param>
    /// <param name="keySpecialties">The key specialties, in the text's order.</param>
    /// <param name="rankings">The rankings, in the text's order.</param>
    /// <param name="rejected">The numbers not taken as figures, in the text's order.</param>
    /// <exception cref="ArgumentException">A collection holds null or <paramref name="hospital"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1949 to 9999.</exception>
    public ReportReading(string? hospital = null, int? year = null, IEnumerable<FigureMention>? figures = null, IEnumerable<CommendationMention>? commendations = null, IEnumerable<KeySpecialtyMention>? keySpecialties = null, IEnumerable<RankingMention>? rankings = null, IEnumerable<RejectedNumber>? rejected = null)
    {
        Hospital = hospital is null ? null : Preconditions.CheckNotBlank(hospital);
        Year = year is { } y ? Preconditions.CheckRange(y, 1949, 9999, nameof(year)) : null;
        Figures = Checked(figures, nameof(figures));
        Commendations = Checked(commendations, nameof(commendations));
        KeySpecialties = Checked(keySpecialties, nameof(keySpecialties));
        Rankings = Checked(rankings, nameof(rankings));
        Rejected = Checked(rejected, nameof(rejected));
    }

    /// <summary>Gets the hospital or group the text is about, or null.</summary>
    public string? Hospital { get; }

    /// <summary>Gets the year the figures describe, or null.</summary>
    public int? Year { get; }

    /// <summary>Gets the figures.</summary>
    public ImmutableArray<FigureMention> Figures { get; }

    /// <summary>Gets the commendation counts.</summary>
    public ImmutableArray<CommendationMention> Commendations { get; }

    /// <summary>Gets the key specialties.</summary>
    public ImmutableArray<KeySpecialtyMention> KeySpecialties { get; }

    /// <summary>Gets the rankings.</summary>
    public ImmutableArray<RankingMention> Rankings { get; }

    /// <summary>Gets the numbers not taken as figures, with the reason.</summary>
    public ImmutableArray<RejectedNumber> Rejected { get; }

    /// <summary>Gets the number of collectives commended: the stated total, else the sum of the awards to collectives; null when none is counted.</summary>
    public int? CollectiveCount => Total(RecipientKind.Collective);

    /// <summary>Gets the number of individuals commended: the stated total, else the sum of the awards to individuals; null when none is counted.</summary>
    public int? IndividualCount => Total(RecipientKind.Individual);

    /// <summary>Returns "hospital year: n figures".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Hospital ?? "?"} {Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}: {Figures.Length} figures";

    private int? Total(RecipientKind kind)
    {
        var ofKind = Commendations.Where(c => c.Kind == kind).ToList();
        if (ofKind.Count == 0)
        {
            return null;
        }

        return ofKind.FirstOrDefault(c => c.IsTotal) is { } total ? total.Count : ofKind.Sum(c => c.Count);
    }

    private static ImmutableArray<T> Checked<T>(IEnumerable<T>? items, string paramName)
        where T : class
    {
        var array = ImmutableArrayEquality.ToImmutableOrEmpty(items);
        foreach (var item in array)
        {
            Preconditions.CheckArgument(item is not null, paramName, $"{paramName} must not contain null.");
        }

        return array;
    }
}
