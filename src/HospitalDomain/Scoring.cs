using System.Globalization;

namespace HospitalDomain;

/// <summary>
/// Scores a value against a target in a direction: the one engine behind the scoring rules of
/// assessment schemes (linear, pass/fail, bands) and the targets of responsibility agreements (all
/// or nothing, linear, capped).
/// </summary>
/// <remarks>
/// Arithmetic is exact decimal arithmetic. Where a quotient does not terminate, the order of the
/// operations decides the last of its 28 digits, so a linear score names its <see cref="Rounding"/>:
/// assessment schemes and agreement targets have always rounded differently, and their results do
/// not change.
/// </remarks>
internal static class Scoring
{
    /// <summary>How far a value came towards its target.</summary>
    public enum Attainment
    {
        /// <summary>Not past the floor (or, for pass/fail, short of the target): no points.</summary>
        Missed,

        /// <summary>Between the floor and the target: part of the weight.</summary>
        Partial,

        /// <summary>At or beyond the target: the full weight, or more up to a cap.</summary>
        Reached,
    }

    /// <summary>Where a linear score rounds a quotient that does not terminate.</summary>
    public enum Rounding
    {
        /// <summary>weight × ((value − floor) ÷ (target − floor)): the share is rounded before it scales the weight; assessment schemes score so.</summary>
        ShareFirst,

        /// <summary>weight × (value − floor) ÷ (target − floor): one rounding, of the weighted distance; agreement targets score so.</summary>
        WeightFirst,
    }

    /// <summary>Whether <paramref name="value"/> reaches <paramref name="threshold"/>: at or above it when higher is better, at or below it otherwise.</summary>
    /// <param name="value">The value.</param>
    /// <param name="threshold">The threshold.</param>
    /// <param name="higherIsBetter">Whether higher values are better.</param>
    /// <returns>True when the threshold is reached; equality reaches it.</returns>
    public static bool Reaches(decimal value, decimal threshold, bool higherIsBetter) => higherIsBetter ? value >= threshold : value <= threshold;

    /// <summary>The full weight when <paramref name="value"/> reaches <paramref name="target"/>, nothing otherwise.</summary>
    /// <param name="value">The value.</param>
    /// <param name="target">The target.</param>
    /// <param name="weight">The points at stake.</param>
    /// <param name="higherIsBetter">Whether higher values are better.</param>
    /// <returns>The points (the weight itself, or 0) and whether the target was reached.</returns>
    public static Result PassFail(decimal value, decimal target, decimal weight, bool higherIsBetter) =>
        Reaches(value, target, higherIsBetter) ? new(weight, Attainment.Reached) : new(0m, Attainment.Missed);

    /// <summary>
    /// Scores <paramref name="value"/> linearly between <paramref name="floor"/> (nothing) and
    /// <paramref name="target"/> (the full weight): nothing at the floor or on its far side; beyond the
    /// target the full weight, or with a cap rising on at the same rate up to cap × weight. Higher is
    /// better when the target lies above the floor, lower when below.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="floor">The value that scores nothing.</param>
    /// <param name="target">The value that scores the weight; not the floor.</param>
    /// <param name="weight">The points at stake.</param>
    /// <param name="cap">The most points as a multiple of the weight, at least 1; or null for the weight.</param>
    /// <param name="rounding">Where a quotient that does not terminate is rounded.</param>
    /// <returns>The points and how far the value came.</returns>
    /// <exception cref="ArgumentException">The floor equals the target, or the cap is below 1.</exception>
    public static Result Linear(decimal value, decimal floor, decimal target, decimal weight, decimal? cap, Rounding rounding)
    {
        if (floor == target)
        {
            Preconditions.ThrowArgument(nameof(target), string.Create(CultureInfo.InvariantCulture, $"a linear score needs a target other than its floor, was {target} for both."));
        }

        if (cap < 1m)
        {
            Preconditions.ThrowArgument(nameof(cap), string.Create(CultureInfo.InvariantCulture, $"cap must be at least 1, was {cap}."));
        }

        var higherIsBetter = target > floor;
        var attainment = Reaches(value, target, higherIsBetter) ? Attainment.Reached
            : Reaches(floor, value, higherIsBetter) ? Attainment.Missed // the value is at the floor or on its far side
            : Attainment.Partial;
        var points = rounding switch
        {
            Rounding.ShareFirst => weight * Math.Clamp(Arithmetic.Share(value, floor, target), 0m, cap ?? 1m),
            Rounding.WeightFirst => attainment switch
            {
                Attainment.Missed => 0m,
                Attainment.Partial => WeightedShare(value, floor, target, weight),
                Attainment.Reached => cap is { } c ? CappedPoints(value, floor, target, weight, c) : weight,
                _ => throw Preconditions.Unhandled(attainment),
            },
            _ => throw Preconditions.Unhandled(rounding),
        };
        return new(points, attainment);
    }

    // weight × (value − floor) ÷ (target − floor), multiplying first where the figures allow it; the share lies between 0 and 1.
    private static decimal WeightedShare(decimal value, decimal floor, decimal target, decimal weight) =>
        Arithmetic.TrySubtract(value, floor, out var part) && Arithmetic.TrySubtract(target, floor, out var whole) && Arithmetic.TryMultiplyDivide(weight, part, whole, out var points)
            ? points
            : weight * Arithmetic.Share(value, floor, target);

    // Beyond the target points rise at the same rate up to weight × cap; a rise too large to compute is past the cap.
    private static decimal CappedPoints(decimal value, decimal floor, decimal target, decimal weight, decimal cap)
    {
        var most = weight * cap;
        return Arithmetic.TrySubtract(value, target, out var beyond) && Arithmetic.TrySubtract(target, floor, out var whole)
            && Arithmetic.TryDivide(weight, whole, out var rate) && Arithmetic.TryMultiply(beyond, rate, out var extra) && Arithmetic.TryAdd(weight, extra, out var points)
            ? Math.Min(points, most)
            : most;
    }

    /// <summary>The points a value scores and how far it came.</summary>
    /// <param name="Points">The points.</param>
    /// <param name="Attainment">How far the value came towards the target.</param>
    public readonly record struct Result(decimal Points, Attainment Attainment);
}
