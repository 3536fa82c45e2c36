namespace HospitalDomain.Accreditation;

/// <summary>
/// The figure a threshold criterion tests, as read from a profile: its value or the inputs missing
/// for it, its label, and what a shortfall is counted in — for a ratio, the numerator's noun and
/// the basis, so that the shortfall can be put as whole units of the numerator ("needs 23 more
/// registered nurses"); for a direct figure, or a ratio that is a figure in its own unit (the
/// length of stay in days), that unit.
/// </summary>
/// <param name="Actual">The figure, or null when an input is missing.</param>
/// <param name="Missing">The inputs that are missing (or a zero basis), in the order they were needed; empty when the figure is given.</param>
/// <param name="Label">What the figure is, as the explanation names it: "registered nurses per bed".</param>
/// <param name="Noun">For a ratio: what the numerator counts, "registered nurses"; null for a direct figure or a ratio in its own unit.</param>
/// <param name="Numerator">For a ratio: the numerator (0 when missing); null for a direct figure.</param>
/// <param name="Basis">For a ratio: the basis (0 when missing); null for a direct figure.</param>
/// <param name="Scale">For a ratio: what numerator ÷ basis is multiplied by, 100 for a percentage; 1 otherwise.</param>
/// <param name="ShortfallUnit">For a direct figure or a ratio in its own unit: the unit a shortfall is given in, "beds", "days"; empty for a ratio counted in its numerator.</param>
internal sealed record Measurement(decimal? Actual, string[] Missing, string Label, string? Noun, decimal? Numerator, decimal? Basis, decimal Scale, string ShortfallUnit);
