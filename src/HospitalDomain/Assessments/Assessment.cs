using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>One hospital's assessment: points by indicator and dimension, the total, grade, rank and percentile in its peer group, and what moved the total.</summary>
[JsonConverter(typeof(AssessmentJsonConverter))]
public sealed class Assessment : IEquatable<Assessment>
{
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
    public Assessment(string entity, string peerGroup, decimal total, string grade, int rank, int peerCount, IEnumerable<IndicatorPoints>? points = null, IEnumerable<DimensionTotal>? dimensions = null, IEnumerable<string>? lifted = null, IEnumerable<string>? cost = null, decimal? previousTotal = null, string? previousGrade = null)
    {
        Entity = Preconditions.CheckNotBlank(entity);
        PeerGroup = Preconditions.CheckNotBlank(peerGroup);
        Points = ImmutableArrayEquality.ToImmutableOrEmpty(points);
        foreach (var item in Points)
        {
            Preconditions.CheckArgument(item.IndicatorCode is not null, nameof(points), "points must not contain a default IndicatorPoints.");
        }
        Dimensions = ImmutableArrayEquality.ToImmutableOrEmpty(dimensions);
        foreach (var item in Dimensions)
        {
            Preconditions.CheckArgument(item is not null, nameof(dimensions), "dimensions must not contain null.");
        }
        Total = total;
        Grade = Preconditions.CheckNotBlank(grade);
        Rank = rank;
        PeerCount = peerCount;
        Lifted = ImmutableArrayEquality.ToImmutableOrEmpty(lifted).Select(s => Preconditions.CheckNotBlank(s, nameof(lifted))).ToImmutableArray();
        Cost = ImmutableArrayEquality.ToImmutableOrEmpty(cost).Select(s => Preconditions.CheckNotBlank(s, nameof(cost))).ToImmutableArray();
        PreviousTotal = previousTotal;
        PreviousGrade = string.IsNullOrWhiteSpace(previousGrade) ? null : previousGrade.Trim();
    }

    // For the calculator: the arguments are known to be valid and the arrays are not shared.
    internal Assessment(string entity, string peerGroup, decimal total, string grade, int rank, int peerCount, ImmutableArray<IndicatorPoints> points, ImmutableArray<DimensionTotal> dimensions, ImmutableArray<string> lifted, ImmutableArray<string> cost, decimal? previousTotal, string? previousGrade, bool trusted)
    {
        _ = trusted;
        Entity = entity;
        PeerGroup = peerGroup;
        Points = points;
        Dimensions = dimensions;
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
    public string Entity { get; }

    /// <summary>Gets its peer group.</summary>
    public string PeerGroup { get; }

    /// <summary>Gets the points per indicator.</summary>
    public ImmutableArray<IndicatorPoints> Points { get; }

    /// <summary>Gets the points per dimension.</summary>
    public ImmutableArray<DimensionTotal> Dimensions { get; }

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

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Assessment? left, Assessment? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Assessment? left, Assessment? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(Assessment? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Entity, other.Entity, StringComparison.Ordinal)
            && string.Equals(PeerGroup, other.PeerGroup, StringComparison.Ordinal)
            && ImmutableArrayEquality.SequenceEqual(Points, other.Points)
            && ImmutableArrayEquality.SequenceEqual(Dimensions, other.Dimensions)
            && Total == other.Total
            && string.Equals(Grade, other.Grade, StringComparison.Ordinal)
            && Rank == other.Rank
            && PeerCount == other.PeerCount
            && ImmutableArrayEquality.SequenceEqual(Lifted, other.Lifted)
            && ImmutableArrayEquality.SequenceEqual(Cost, other.Cost)
            && PreviousTotal == other.PreviousTotal
            && string.Equals(PreviousGrade, other.PreviousGrade, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Assessment);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Entity, StringComparer.Ordinal);
        hash.Add(PeerGroup, StringComparer.Ordinal);
        hash.Add(ImmutableArrayEquality.SequenceHash(Points));
        hash.Add(ImmutableArrayEquality.SequenceHash(Dimensions));
        hash.Add(Total);
        hash.Add(Grade, StringComparer.Ordinal);
        hash.Add(Rank);
        hash.Add(PeerCount);
        hash.Add(ImmutableArrayEquality.SequenceHash(Lifted));
        hash.Add(ImmutableArrayEquality.SequenceHash(Cost));
        hash.Add(PreviousTotal);
        hash.Add(PreviousGrade, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns the explanation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Explain();
}
