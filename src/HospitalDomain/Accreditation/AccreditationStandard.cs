using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>A versioned standard of hospital grade criteria: numbered articles with criteria by level, the levels in ascending order and whether they are cumulative (C ⊂ B ⊂ A).</summary>
/// <remarks>
/// Shipped standards are in <see cref="AccreditationStandards"/>; a user loads others (TCM hospital standards, a province's rules) with <see cref="Load"/> from the same JSON shape. <see cref="Check"/> evaluates a profile against every criterion.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class AccreditationStandard
{
    /// <summary>Creates an standard.</summary>
    /// <param name="id">A stable id, such as "basic-standard-1994-general".</param>
    /// <param name="title">The title, such as 《医疗机构基本标准（试行）》 综合医院.</param>
    /// <param name="source">Where the figures come from.</param>
    /// <param name="status">How well established the standard as a whole is.</param>
    /// <param name="levels">The levels in ascending order, such as C, B, A; distinct.</param>
    /// <param name="cumulative">Whether a level includes the criteria of the levels below it.</param>
    /// <param name="articles">The articles.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, a level repeats, a criterion id repeats or a criterion names an unknown level.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public AccreditationStandard(string id, string title, string source, SourceStatus status, IEnumerable<string>? levels, bool cumulative, IEnumerable<StandardArticle>? articles = null)
    {
        Id = Preconditions.CheckNotBlank(id);
        Title = Preconditions.CheckNotBlank(title);
        Source = Preconditions.CheckNotBlank(source);
        Status = Preconditions.CheckDefined(status);
        Levels = ImmutableArrayEquality.ToImmutableOrEmpty(levels).Select(s => Preconditions.CheckNotBlank(s, nameof(levels))).ToImmutableArray();
        Cumulative = cumulative;
        Articles = ImmutableArrayEquality.ToImmutableOrEmpty(articles);
        foreach (var item in Articles)
        {
            Preconditions.CheckArgument(item is not null, nameof(articles), "articles must not contain null.");
        }
        Preconditions.CheckArgument(!Levels.IsEmpty, nameof(levels), "levels must name at least one level.");
        Preconditions.CheckNoDuplicates(Levels, l => l, nameof(levels), "level");
        Preconditions.CheckNoDuplicates(AllCriteria().Select(c => c.Criterion), c => c.Id, nameof(articles), "criterion id");
        foreach (var (_, criterion) in AllCriteria())
        {
            Preconditions.CheckArgument(Levels.Contains(criterion.Level), nameof(articles), $"criterion {criterion.Id} has the level '{criterion.Level}', which is not one of {string.Join(", ", Levels)}.");
        }
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets where the figures come from.</summary>
    public string Source { get; }

    /// <summary>Gets how well established the standard as a whole is.</summary>
    public SourceStatus Status { get; }

    /// <summary>Gets the levels in ascending order.</summary>
    public ImmutableArray<string> Levels { get; }

    /// <summary>Gets whether a level includes the criteria of the levels below it (C ⊂ B ⊂ A).</summary>
    public bool Cumulative { get; }

    /// <summary>Gets the articles.</summary>
    public ImmutableArray<StandardArticle> Articles { get; }

    /// <summary>Gets every criterion with the number of its article, in document order.</summary>
    /// <returns>Pairs of article number and criterion.</returns>
    public IEnumerable<(string ArticleNumber, Criterion Criterion)> AllCriteria()
    {
        var stack = new Stack<StandardArticle>(Articles.Reverse());
        while (stack.Count > 0)
        {
            var article = stack.Pop();
            foreach (var criterion in article.Criteria)
            {
                yield return (article.Number, criterion);
            }

            foreach (var child in article.Articles.Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>Checks <paramref name="profile"/> against every criterion.</summary>
    /// <param name="profile">The hospital profile.</param>
    /// <returns>The result, criterion by criterion, with the highest level attained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public AccreditationResult Check(HospitalProfile profile)
    {
        Preconditions.CheckNotNull(profile);
        return new AccreditationResult(Id, Levels, Cumulative, AllCriteria().Select(c => CriterionEvaluator.Evaluate(c.ArticleNumber, c.Criterion, profile)));
    }

    /// <summary>Loads a standard from JSON of the shape of docs/json.md.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The standard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="System.Text.Json.JsonException">The JSON is malformed or describes an invalid standard.</exception>
    public static AccreditationStandard Load(string json)
    {
        Preconditions.CheckNotNull(json);
        return JsonContract.Read<AccreditationStandard>(json);
    }

    /// <summary>Returns "id: title".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Title}";
}
