using HospitalDomain.Governance;

namespace HospitalDomain.Text;

/// <summary>
/// Reads what a report's text states (HospitalDomain.Text): the hospital, the year the figures describe, the
/// figures with their changes, commendation counts, key specialties and rankings, each with its UTF-16
/// offset in the text. The rules are in docs/text.md.
/// </summary>
/// <remarks>
/// The reader is a set of rules, not a model: it says only what the words say, derives nothing, and reports
/// the numbers it did not take as figures with the reason (<see cref="ReportReading.Rejected"/>). It is
/// stateless and thread-safe.
/// </remarks>
public static class ReportReader
{
    private static readonly string[] TargetWords = ["力争", "争取", "目标", "预计", "计划", "确保", "拟"];

    /// <summary>Reads <paramref name="text"/> with the shipped synonym table.</summary>
    /// <param name="text">The report's text.</param>
    /// <returns>What it states.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ReportReading Read(string text) => Read(text, LabelSynonyms.Standard);

    /// <summary>Reads <paramref name="text"/>, mapping labels to codes with <paramref name="synonyms"/>.</summary>
    /// <param name="text">The report's text.</param>
    /// <param name="synonyms">The synonym table.</param>
    /// <returns>What it states.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReportReading Read(string text, LabelSynonyms synonyms)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(synonyms);
        var layout = new TextLayout(text);
        var hospital = SubjectRules.Hospital(text);
        var tokens = NumberScanner.Scan(text);
        var rankings = RankingRules.Find(text).OrderBy(r => r.Start).ToList();
        var keySpecialties = KeySpecialtyRules.Find(layout).OrderBy(k => k.Start).ToList();
        var figures = new List<FigureDraft>();
        var rejected = new List<RejectedNumber>();
        var commendations = new List<CommendationMention>();

        var toForms = new Dictionary<NumberToken, (int Start, StatedChange Change)>();
        var fromTokens = new HashSet<NumberToken>();
        foreach (var token in tokens)
        {
            if (ChangeRules.ToForm(layout, token, tokens) is { } toForm)
            {
                toForms[token] = (toForm.Start, toForm.Change);
                if (toForm.From is { } from)
                {
                    fromTokens.Add(from);
                }
            }
        }

        var changes = new List<ChangeFound>();
        foreach (var token in tokens)
        {
            if (fromTokens.Contains(token))
            {
                continue;
            }

            if (rankings.Any(r => token.Start >= r.Start && token.Start < r.Start + r.AsWritten.Length))
            {
                rejected.Add(new RejectedNumber(NotAFigureReason.Ranking, layout.Slice(token.Start, token.End), token.Start));
                continue;
            }

            if (keySpecialties.Any(k => k.Count is not null && token.Start >= k.Start && token.Start < k.Start + k.AsWritten.Length))
            {
                rejected.Add(new RejectedNumber(NotAFigureReason.KeySpecialtyCount, layout.Slice(token.Start, token.End), token.Start));
                continue;
            }

            var reason = FigureRules.Reject(layout, token, out var silent);
            if (reason == NotAFigureReason.Commendation && CommendationRules.Read(layout, token) is { } commendation)
            {
                commendations.Add(commendation);
            }

            if (reason is { } r)
            {
                if (!silent)
                {
                    rejected.Add(new RejectedNumber(r, layout.Slice(token.Start, token.End), token.Start));
                }

                continue;
            }

            if (ChangeRules.Before(layout, token) is { } change)
            {
                changes.Add(change);
                continue;
            }

            if (SubjectRules.IsAboutOthers(layout, token, hospital))
            {
                rejected.Add(new RejectedNumber(NotAFigureReason.Others, layout.Slice(token.Start, token.End), token.Start));
                continue;
            }

            var label = LabelRules.Of(layout, token.Start, token.End);
            var draft = new FigureDraft(token.Start, token.End, layout.Slice(token.Start, token.End), label, token.Number, token.Unit, synonyms.Find(label, token.Unit),
                Timing(layout, token.Start), IsTarget(layout, token.Start));
            if (toForms.TryGetValue(token, out var to))
            {
                draft.Changes.Add(new ChangeMention(to.Change, layout.Slice(to.Start, token.Start), to.Start));
            }

            figures.Add(draft);
        }

        foreach (var change in changes.Concat(ChangeRules.Doublings(layout)).Concat(ChangeRules.Flats(layout)).OrderBy(c => c.Start))
        {
            Attach(layout, figures, change, synonyms);
        }

        var mentions = figures.OrderBy(f => f.Start).Select(f => f.ToMention()).ToList();
        return new ReportReading(hospital, SubjectRules.Year(text), mentions, commendations, keySpecialties, rankings, rejected);
    }

    /// <summary>Attaches a change to the figure it belongs to, or makes a figure that states only the change.</summary>
    private static void Attach(TextLayout layout, List<FigureDraft> figures, ChangeFound change, LabelSynonyms synonyms)
    {
        var sentenceStart = layout.SentenceStart(change.Start);
        var previous = figures.Where(f => f.Start >= sentenceStart && f.End <= change.Start).OrderBy(f => f.Start).LastOrDefault();
        var mention = new ChangeMention(change.Change, layout.Slice(change.Start, change.End), change.Start);
        if (previous is not null && !HasLabelBetween(layout, previous.LastEnd, change.Start))
        {
            var owner = previous;
            if (change.IsAbsolute && previous.Unit != change.Change.Unit)
            {
                owner = figures.Where(f => f.Start >= sentenceStart && f.End <= change.Start && f.Unit == change.Change.Unit).OrderBy(f => f.Start).LastOrDefault() ?? previous;
            }

            owner.Changes.Add(mention);
            owner.LastEnd = Math.Max(owner.LastEnd, change.End);
            return;
        }

        var label = LabelRules.Of(layout, change.Start, change.End);
        var stated = change.Change;
        if (stated.Basis is null && ChangeRules.OpeningBasis(layout, change.Start) is { } basis)
        {
            stated = new StatedChange(stated.Direction, stated.Amount, stated.Unit, basis, stated.From);
            mention = new ChangeMention(stated, mention.AsWritten, mention.Start);
        }

        var draft = new FigureDraft(change.AmountStart, change.End, layout.Slice(change.AmountStart, change.End), label, null, null, synonyms.Find(label),
            Timing(layout, change.Start), IsTarget(layout, change.Start));
        draft.Changes.Add(mention);
        figures.Add(draft);
    }

    /// <summary>Whether words naming another figure stand between <paramref name="from"/> and <paramref name="to"/> (出院人次 in 门急诊量比去年增长28%,出院人次增长12.9%).</summary>
    private static bool HasLabelBetween(TextLayout layout, int from, int to)
    {
        var between = layout.Slice(from, to);
        foreach (var filler in ChangeRules.Bases.Concat(["其中", "分别", "均", "同时", "并"]))
        {
            between = between.Replace(filler, string.Empty, StringComparison.Ordinal);
        }

        return between.Count(TextLayout.IsHan) >= 2;
    }

    private static FigureTiming Timing(TextLayout layout, int position)
    {
        var before = layout.Slice(layout.SentenceStart(position), position);
        return FigureRules.ContainsAny(before, ["日均", "每日", "每天", "单日"]) ? FigureTiming.Daily
            : FigureRules.ContainsAny(before, ["截至", "截止", "现有", "年末", "年底", "目前"]) ? FigureTiming.AtDate
            : FigureRules.ContainsAny(before, ["上半年", "下半年", "季度", "三年", "五年", "累计", "以来"]) ? FigureTiming.Period
            : FigureRules.ContainsAny(before, ["全年", "年度", "年门", "年手术", "年出院"]) ? FigureTiming.Annual
            : FigureTiming.Unstated;
    }

    private static bool IsTarget(TextLayout layout, int position) =>
        FigureRules.ContainsAny(layout.Slice(layout.ClauseStart(position), layout.ClauseEnd(position)), TargetWords);

    /// <summary>A figure being read: its changes are attached after all numbers are classified.</summary>
    private sealed class FigureDraft(int start, int end, string asWritten, string label, ChineseNumber? value, string? unit, string? metric, FigureTiming timing, bool isTarget)
    {
        public int Start { get; } = start;

        public int End { get; } = end;

        public int LastEnd { get; set; } = end;

        public string? Unit { get; } = unit;

        public List<ChangeMention> Changes { get; } = [];

        public FigureMention ToMention() =>
            new(new ReportedFigure(label, value, Unit, Changes.FirstOrDefault()?.Change, metric, timing, isTarget), asWritten, Start, Changes);
    }
}
