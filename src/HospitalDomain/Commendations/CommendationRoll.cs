using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;
using NodaTime;

namespace HospitalDomain.Commendations;

/// <summary>One commendation decision or notice (表彰决定, 通报), such as 《关于表彰2023年度先进单位和先进个人的通报》: its document number, date, issuer and awards, with totals by kind.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class CommendationRoll
{
    /// <summary>Creates a commendation roll.</summary>
    /// <param name="title">The title of the decision or notice.</param>
    /// <param name="awards">The awards it grants.</param>
    /// <param name="documentNumber">The document number (文号), or null.</param>
    /// <param name="date">The date, or null.</param>
    /// <param name="issuer">The issuing body, or null.</param>
    /// <param name="readBy">Who read it out at the conference, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException">The title is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The awards count more than 2,147,483,647 collectives or individuals.</exception>
    public CommendationRoll(string title, IEnumerable<Commendation>? awards = null, DocumentNumber? documentNumber = null, LocalDate? date = null, string? issuer = null, string? readBy = null)
    {
        Title = Preconditions.CheckNotBlank(title);
        Awards = ImmutableArrayEquality.ToImmutableOrEmpty(awards);
        foreach (var item in Awards)
        {
            Preconditions.CheckArgument(item is not null, nameof(awards), "awards must not contain null.");
        }

        foreach (var kind in new[] { RecipientKind.Collective, RecipientKind.Individual })
        {
            var count = Awards.Where(a => a.RecipientKind == kind).Sum(a => (long)a.Count);
            if (count > int.MaxValue)
            {
                Preconditions.ThrowOutOfRange(nameof(awards), $"the awards count {count} {kind} recipients, more than 2147483647 ({Title}).");
            }
        }
        DocumentNumber = documentNumber;
        Date = date;
        Issuer = string.IsNullOrWhiteSpace(issuer) ? null : issuer.Trim();
        ReadBy = string.IsNullOrWhiteSpace(readBy) ? null : readBy.Trim();
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the awards it grants.</summary>
    public ImmutableArray<Commendation> Awards { get; }

    /// <summary>Gets the document number (文号), or null.</summary>
    public DocumentNumber? DocumentNumber { get; }

    /// <summary>Gets the date, or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the issuing body, or null.</summary>
    public string? Issuer { get; }

    /// <summary>Gets who read it out, or null.</summary>
    public string? ReadBy { get; }

    /// <summary>Gets the number of collectives commended (all collective awards).</summary>
    public int CollectiveCount => Awards.Where(a => a.RecipientKind == RecipientKind.Collective).Sum(a => a.Count);

    /// <summary>Gets the number of individuals commended (all individual awards).</summary>
    public int IndividualCount => Awards.Where(a => a.RecipientKind == RecipientKind.Individual).Sum(a => a.Count);

    /// <summary>Summarises the awards as reports do: "先进集体20个、先进个人230名" (个 for collectives, 名 for individuals, in the roll's order; an award whose number is not known is named without one).</summary>
    /// <returns>The summary.</returns>
    public string ToSummary() =>
        string.Join("、", Awards.Select(a => a.Count == 0 ? a.Title : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{a.Title}{a.Count}{(a.RecipientKind == RecipientKind.Collective ? "个" : "名")}")));

    /// <summary>Returns the title with the summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Title}: {ToSummary()}";
}
