using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HospitalDomain.EntityFrameworkCore.Conversion;

/// <summary>Stores a <see cref="Ratio"/> as its audit form "numerator/denominator", such as "3407/95700", in the invariant culture.</summary>
/// <remarks>
/// Both parts are kept exactly, so 1/2 and 2/4 stay different ratios, as they are in .NET. To query
/// numerators and denominators in SQL, map them as two decimal columns instead, as the indicator
/// results of the ready schema do. At most 63 characters.
/// </remarks>
public sealed class RatioConverter : ValueConverter<Ratio, string>
{
    /// <summary>Creates the converter.</summary>
    public RatioConverter()
        : base(ratio => ratio.ToString(), text => Parse(text), new ConverterMappingHints(size: 63, unicode: false))
    {
    }

    /// <summary>Reads "numerator/denominator".</summary>
    /// <exception cref="FormatException">The text is not of that form.</exception>
    internal static Ratio Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0
            && decimal.TryParse(text.AsSpan(0, slash), NumberStyles.Number, CultureInfo.InvariantCulture, out var numerator)
            && decimal.TryParse(text.AsSpan(slash + 1), NumberStyles.Number, CultureInfo.InvariantCulture, out var denominator)
                ? Ratio.Of(numerator, denominator)
                : throw new FormatException($"'{text}' is not a stored ratio; expected numerator/denominator such as 3407/95700.");
    }
}
