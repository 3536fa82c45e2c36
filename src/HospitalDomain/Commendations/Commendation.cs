using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Commendations;

/// <summary>One award of a commendation decision: a title such as 先进集体 or 优秀共产党员, its kind and level, its recipients and what they are handed.</summary>
/// <remarks>
/// Reports name a few recipients and state how many there are ("230名先进个人"): <see cref="StatedCount"/> keeps the stated number and <see cref="Count"/> is the larger of it and the recipients named. A recipient may not appear twice in one award.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class Commendation
{
    /// <summary>Creates a commendation.</summary>
    /// <param name="title">The title, such as 先进集体, 先进个人, 优秀中层干部, 十佳医生.</param>
    /// <param name="recipientKind">Collectives or individuals.</param>
    /// <param name="level">The granting level; the hospital by default.</param>
    /// <param name="recipients">The recipients named; none twice.</param>
    /// <param name="statedCount">How many recipients the source states, when not all are named; at least the recipients named.</param>
    /// <param name="forms">What is handed over: certificate, plaque …</param>
    /// <param name="issuer">The granting body when not the roll's, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException">The title is blank, a recipient repeats, a collective recipient has a role or the stated count is below the recipients named.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="recipientKind"/>, <paramref name="level"/> or <paramref name="forms"/> is not a defined value.</exception>
    public Commendation(string title, RecipientKind recipientKind, CommendationLevel level = default, IEnumerable<CommendationRecipient>? recipients = null, int? statedCount = null, IEnumerable<AwardForm>? forms = null, string? issuer = null)
    {
        Title = Preconditions.CheckNotBlank(title);
        RecipientKind = Preconditions.CheckDefined(recipientKind);
        Level = Preconditions.CheckDefined(level);
        Recipients = ImmutableArrayEquality.ToImmutableOrEmpty(recipients);
        foreach (var item in Recipients)
        {
            Preconditions.CheckArgument(item is not null, nameof(recipients), "recipients must not contain null.");
        }
        StatedCount = statedCount;
        Forms = ImmutableArrayEquality.ToImmutableOrEmpty(forms);
        foreach (var form in Forms)
        {
            Preconditions.CheckDefined(form, nameof(forms));
        }

        Issuer = string.IsNullOrWhiteSpace(issuer) ? null : issuer.Trim();
        Preconditions.CheckNoDuplicates(Recipients, r => r.ToString(), nameof(recipients), "recipient");
        if (StatedCount is { } stated && stated < Recipients.Length)
        {
            Preconditions.ThrowArgument(nameof(statedCount), $"statedCount ({stated}) must not be below the {Recipients.Length} recipients named ({Title}).");
        }
        Preconditions.CheckArgument(RecipientKind == RecipientKind.Individual || Recipients.All(r => r.Role is null), nameof(recipients), $"recipients of a collective award have no role ({Title}).");
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets whether it goes to collectives or individuals.</summary>
    public RecipientKind RecipientKind { get; }

    /// <summary>Gets the granting level.</summary>
    public CommendationLevel Level { get; }

    /// <summary>Gets the recipients named.</summary>
    public ImmutableArray<CommendationRecipient> Recipients { get; }

    /// <summary>Gets how many recipients the source states, or null.</summary>
    public int? StatedCount { get; }

    /// <summary>Gets what is handed over.</summary>
    public ImmutableArray<AwardForm> Forms { get; }

    /// <summary>Gets the granting body when not the roll's, or null.</summary>
    public string? Issuer { get; }

    /// <summary>Gets the number of recipients: the stated count, or the recipients named if more.</summary>
    public int Count => Math.Max(StatedCount ?? 0, Recipients.Length);

    /// <summary>Returns "title ×count".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Title} ×{Count}";
}
