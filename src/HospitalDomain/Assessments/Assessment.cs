using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>One hospital's assessment: points by indicator and dimension, the total, grade, rank and percentile in its peer group, and what moved the total.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class Assessment
{
    private readonly ImmutableArray<IndicatorPoints> _points;
    private readonly ImmutableArray<DimensionTotal> _dimensions;
    private readonly CohortRow? _row;

    /// <summary>Creates an assessment.</summary>
    /// <param name="entity">The hospital.</param>
    /// <param name="peerGroup">Its peer group.</param>
    /// <param name="total">The total (renormalised when the scheme says so).</param>
    /// <param name="grade">The grade.</param>
    /// <param name="rank">The rank in the peer group, 1 for the best; equal totals share a rank.</param>
    /// <param name="peerCount">The hospitals in the peer group.</param>
    /// <param name="points">The points per indicator.</param>
    /// <param name="dimensions">The points per dimension.</param>
    /// <param name="lifted">The indicators that earned the most points, best first.</param>
    /// <param name="cost">The indicators that lost the most points, worst first.</param>
    /// <param name="previousTotal">The total of the previous assessment, or null.</param>
    /// <param name="previousGrade">The grade of the previous assessment, or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="lifted"/> or <paramref name="cost"/> names an indicator without points.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> or <paramref name="previousTotal"/> is negative (no scoring rule gives fewer points than none).</exception>
    public Assessment(string entity, string peerGroup, decimal total, string grade, int rank, int peerCount, IEnumerable<IndicatorPoints>? points = null, IEnumerable<DimensionTotal>? dimensions = null, IEnumerable<string>? lifted = null, IEnumerable<string>? cost = null, decimal? previousTotal = null, string? previousGrade = null)
    {
        Entity = Preconditions.CheckNotBlank(entity);
        PeerGroup = Preconditions.CheckNotBlank(peerGroup);
        _points = ImmutableArrayEquality.ToImmutableOrEmpty(points);
        foreach (var item in _points)
        {
            Preconditions.CheckArgument(item.IndicatorCode is not null, nameof(points), "points must not contain a default IndicatorPoints.");
        }
        _dimensions = ImmutableArrayEquality.ToImmutableOrEmpty(dimensions);
        foreach (var item in _dimensions)
        {
            Preconditions.CheckArgument(item is not null, nameof(dimensions), "dimensions must not contain null.");
        }
        Total = Preconditions.CheckNonNegative(total);
        Grade = Preconditions.CheckNotBlank(grade);
        Rank = rank;
        PeerCount = peerCount;
        Lifted = ImmutableArrayEquality.ToImmutableOrEmpty(lifted).Select(s => Preconditions.CheckNotBlank(s, nameof(lifted))).ToImmutableArray();
        Cost = ImmutableArrayEquality.ToImmutableOrEmpty(cost).Select(s => Preconditions.CheckNotBlank(s, nameof(cost))).ToImmutableArray();
        PreviousTotal = previousTotal is { } before ? Preconditions.CheckNonNegative(before, nameof(previousTotal)) : null;
        PreviousGrade = string.IsNullOrWhiteSpace(previousGrade) ? null : previousGrade.Trim();
        foreach (var (codes, name) in new[] { (Lifted, nameof(lifted)), (Cost, nameof(cost)) })
        {
            foreach (var code in codes)
            {
                Preconditions.CheckArgument(_points.Any(p => p.IndicatorCode == code), name, $"{name} names '{code}', which has no points in the assessment.");
            }
        }
    }

    // For the calculator: the arguments are known to be valid and the arrays are not shared; the
    // points and dimension totals are the member's row of the cohort's columns, made when asked for.
    internal Assessment(string entity, string peerGroup, decimal total, string grade, int rank, int peerCount, CohortRow row, ImmutableArray<string> lifted, ImmutableArray<string> cost, decimal? previousTotal, string? previousGrade)
    {
        Entity = entity;
        PeerGroup = peerGroup;
        _row = row;
        Total = total;
        Grade = grade;
        Rank = rank;
        PeerCount = peerCount;
        Lifted = lifted;
        Cost = cost;
        PreviousTotal = previousTotal;
        PreviousGrade = previousGrade;
    }

    /// <summary>Gets the hospital.</summary>
    [JsonPropertyOrder(-1)]
    public string Entity { get; }

    /// <summary>Gets its peer group.</summary>
    [JsonPropertyOrder(-1)]
    public string PeerGroup { get; }

    /// <summary>Gets the points per indicator.</summary>
    [JsonPropertyOrder(-1)]
    public ImmutableArray<IndicatorPoints> Points => _row is null ? _points : _row.Points();

    /// <summary>Gets the points per dimension.</summary>
    [JsonPropertyOrder(-1)]
    public ImmutableArray<DimensionTotal> Dimensions => _row is null ? _dimensions : _row.Dimensions();

    /// <summary>Gets the total (renormalised when the scheme says so).</summary>
    public decimal Total { get; }

    /// <summary>Gets the grade.</summary>
    public string Grade { get; }

    /// <summary>Gets the rank in the peer group (1 is best; equal totals share a rank).</summary>
    public int Rank { get; }

    /// <summary>Gets the hospitals in the peer group.</summary>
    public int PeerCount { get; }

    /// <summary>Gets the indicators that earned the most points, best first.</summary>
    public ImmutableArray<string> Lifted { get; }

    /// <summary>Gets the indicators that lost the most points (weight less points), worst first.</summary>
    public ImmutableArray<string> Cost { get; }

    /// <summary>Gets the total of the previous assessment, or null.</summary>
    public decimal? PreviousTotal { get; }

    /// <summary>Gets the grade of the previous assessment, or null.</summary>
    public string? PreviousGrade { get; }

    /// <summary>Explains the result in one line: total, grade, rank, what lifted and what cost it, and the change on the previous assessment.</summary>
    /// <returns>The explanation.</returns>
    public string Explain()
    {
        string Describe(IEnumerable<string> codes, bool lost) => string.Join(", ", codes.Select(c => Points.First(p => p.IndicatorCode == c)).Select(p => $"{p.IndicatorCode} {(lost ? "−" + Round(p.Weight - p.Points) : "+" + Round(p.Points))}"));
        var change = PreviousTotal is { } before ? $"; {(Total >= before ? "+" : "−")}{Round(Math.Abs(Total - before))} on the previous assessment{(PreviousGrade is { } g && g != Grade ? $" ({g} → {Grade})" : string.Empty)}" : string.Empty;
        return $"{Entity}: {Round(Total)} points, grade {Grade}, rank {Rank} of {PeerCount}; lifted by {Describe(Lifted, false)}; cost by {Describe(Cost, true)}{change}";
    }

    private static string Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Returns the explanation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Explain();
}
