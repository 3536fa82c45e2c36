using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>A numbered article of a standard, with its criteria and sub-articles.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class StandardArticle
{
    /// <summary>Creates a article.</summary>
    /// <param name="number">The article number, such as "1.1.1.1".</param>
    /// <param name="title">The article's title.</param>
    /// <param name="criteria">Its criteria.</param>
    /// <param name="articles">Its sub-articles.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public StandardArticle(string number, string title, IEnumerable<Criterion>? criteria = null, IEnumerable<StandardArticle>? articles = null)
    {
        Number = Preconditions.CheckNotBlank(number);
        Title = Preconditions.CheckNotBlank(title);
        Criteria = ImmutableArrayEquality.ToImmutableOrEmpty(criteria);
        foreach (var item in Criteria)
        {
            Preconditions.CheckArgument(item is not null, nameof(criteria), "criteria must not contain null.");
        }
        Articles = ImmutableArrayEquality.ToImmutableOrEmpty(articles);
        foreach (var item in Articles)
        {
            Preconditions.CheckArgument(item is not null, nameof(articles), "articles must not contain null.");
        }
    }

    /// <summary>Gets the article number.</summary>
    public string Number { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets its criteria.</summary>
    public ImmutableArray<Criterion> Criteria { get; }

    /// <summary>Gets its sub-articles.</summary>
    public ImmutableArray<StandardArticle> Articles { get; }

    /// <summary>Returns "number title".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Number} {Title}";
}
