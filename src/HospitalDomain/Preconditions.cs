using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace HospitalDomain;

/// <summary>
/// Argument checks shared by every type of the library. The check itself is small enough to
/// inline; throwing lives in separate methods so that the happy path stays cheap.
/// </summary>
/// <remarks>
/// Messages follow one pattern: they name the field, the value and the rule, in English, e.g.
/// "beds must be non-negative, was -3. (Parameter 'beds')".
/// </remarks>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    public static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where T : class
    {
        if (value is null)
        {
            ThrowNull(paramName);
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the value when it is given and not a named member of its enumeration.</summary>
    public static TEnum? CheckDefined<TEnum>(TEnum? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where TEnum : struct, Enum
    {
        if (value is { } given)
        {
            CheckDefined(given, paramName);
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is null, empty or only white space; returns it trimmed.</summary>
    public static string CheckNotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value is null)
        {
            ThrowNull(paramName);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            ThrowArgument(paramName, $"{paramName} must not be empty or white space.");
        }

        return value.Trim();
    }

    /// <summary>Throws when <paramref name="value"/> is negative.</summary>
    public static int CheckNonNegative(int value, [CallerArgumentExpression(nameof(value))] string paramName = "") =>
        (int)CheckNonNegative((long)value, paramName);

    /// <summary>Throws when <paramref name="value"/> is negative.</summary>
    public static long CheckNonNegative(long value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < 0)
        {
            ThrowOutOfRange(paramName, $"{paramName} must be non-negative, was {value.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is negative.</summary>
    public static decimal CheckNonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < 0)
        {
            ThrowOutOfRange(paramName, $"{paramName} must be non-negative, was {value.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> lies outside the inclusive range [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int CheckRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < min || value > max)
        {
            ThrowOutOfRange(
                paramName,
                string.Create(CultureInfo.InvariantCulture, $"{paramName} must be in the range [{min}, {max}], was {value}."));
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the value when it is not a named member of its enumeration.</summary>
    public static TEnum CheckDefined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            ThrowOutOfRange(paramName, $"{paramName} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}, was {value}.");
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> when <paramref name="condition"/> is false.</summary>
    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            ThrowArgument(paramName, message);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> unless <paramref name="condition"/> holds; the message is formatted (invariantly) only when it does not.</summary>
    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            ThrowArgument(paramName, message.ToStringAndClear());
        }
    }

    /// <summary>
    /// A message formatted only when the check it belongs to fails, so that a passing check
    /// allocates nothing (the pattern of <c>Debug.Assert</c>'s handler); arguments format invariantly.
    /// </summary>
    [InterpolatedStringHandler]
    public ref struct FailureMessage
    {
        private DefaultInterpolatedStringHandler _builder;

        public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
        {
            shouldAppend = !condition;
            _builder = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
        }

        public void AppendLiteral(string value) => _builder.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => _builder.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => _builder.AppendFormatted(value, format);

        public void AppendFormatted(string? value) => _builder.AppendFormatted(value);

        public string ToStringAndClear() => _builder.ToStringAndClear();
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first duplicate found by <paramref name="keySelector"/>.</summary>
    public static void CheckNoDuplicates<T, TKey>(IEnumerable<T> items, Func<T, TKey> keySelector, string paramName, string what)
        where TKey : notnull
    {
        var seen = new HashSet<TKey>();
        foreach (var item in items)
        {
            var key = keySelector(item);
            if (!seen.Add(key))
            {
                ThrowArgument(paramName, $"{paramName} contains the {what} '{key}' more than once.");
            }
        }
    }

    /// <summary>
    /// The error for an enumeration value that a switch does not handle: a member added to the
    /// enumeration without a case here, or a value that is no member at all. Every switch over an
    /// enumeration names each member it handles and ends with <c>_ => throw Preconditions.Unhandled(value)</c>,
    /// so that no value falls silently into a branch meant for another.
    /// </summary>
    /// <param name="value">The value not handled.</param>
    /// <returns>The exception to throw.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static UnreachableException Unhandled(Enum? value) => new(value is null
        ? "A switch over an enumeration has no case for null."
        : string.Create(CultureInfo.InvariantCulture, $"{value.GetType().Name} value '{value}' is not handled; a member added to the enumeration needs its case here."));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowNull(string paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowArgument(string paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowOutOfRange(string paramName, string message) => throw new ArgumentOutOfRangeException(paramName, message);
}
