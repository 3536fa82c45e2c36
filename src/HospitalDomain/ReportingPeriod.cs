using System.Globalization;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;
using NodaTime;

namespace HospitalDomain;

/// <summary>
/// The period a figure is reported for (统计期): a year, a half-year, a quarter, a month, or a custom
/// inclusive interval of dates.
/// </summary>
/// <remarks>
/// <para>
/// Both ends are inclusive <see cref="LocalDate"/>s: a period is a set of whole days, never a span of
/// clock time, so the "last day dropped" class of bug cannot happen. Years run from 1900 to 9999.
/// </para>
/// <para>
/// Text forms, parsed and formatted in the invariant culture: <c>2023</c>, <c>2023H1</c>,
/// <c>2023Q4</c>, <c>2023-03</c> and <c>2023-01-01/2023-07-31</c>. A custom interval that happens to
/// cover a calendar year is still a custom period: the kind is part of the value.
/// </para>
/// <para>
/// Ordering: by <see cref="Start"/>, then by <see cref="End"/> (the shorter period first), then by
/// <see cref="Kind"/>. So 2023-01 &lt; 2023Q1 &lt; 2023H1 &lt; 2023 &lt; 2023-02: periods that start on
/// the same day sort from the shortest, and a period sorts before every period that starts later.
/// </para>
/// <para>
/// The default value is the custom period of the single day 0001-01-01 (NodaTime's default date);
/// it is valid but lies outside the range the factories accept.
/// </para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IComparable, IFormattable
{
    /// <summary>The first year the factories accept.</summary>
    public const int MinYear = 1900;

    /// <summary>The last year the factories accept.</summary>
    public const int MaxYear = 9999;

    private readonly LocalDate _start;
    private readonly LocalDate _end;
    private readonly ReportingPeriodKind _kind;

    private ReportingPeriod(ReportingPeriodKind kind, LocalDate start, LocalDate end)
    {
        _kind = kind;
        _start = start;
        _end = end;
    }

    /// <summary>Gets the kind of period.</summary>
    public ReportingPeriodKind Kind => _kind;

    /// <summary>Gets the first day of the period (inclusive).</summary>
    public LocalDate Start => _start;

    /// <summary>Gets the last day of the period (inclusive).</summary>
    public LocalDate End => _end;

    /// <summary>Gets the number of days in the period, both ends included: 366 for 2024, 90 for 2023Q1.</summary>
    public int Days => Period.DaysBetween(_start, _end) + 1;

    /// <summary>Gets the number of the half-year (1–2), quarter (1–4) or month (1–12) within its year; 0 for a year or a custom period.</summary>
    public int Number => _kind switch
    {
        ReportingPeriodKind.HalfYear => _start.Month <= 6 ? 1 : 2,
        ReportingPeriodKind.Quarter => ((_start.Month - 1) / 3) + 1,
        ReportingPeriodKind.Month => _start.Month,
        ReportingPeriodKind.Year or ReportingPeriodKind.Custom => 0,
        _ => throw Preconditions.Unhandled(_kind),
    };

    /// <summary>
    /// Gets the period of the same kind immediately before this one: 2023 for 2024, 2023Q4 for 2024Q1,
    /// 2023-12 for 2024-01; for a custom period, the same number of days ending the day before
    /// <see cref="Start"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The previous period would start before year <see cref="MinYear"/>.</exception>
    public ReportingPeriod Previous => _kind switch
    {
        ReportingPeriodKind.Year => Year(YearBefore()),
        ReportingPeriodKind.HalfYear => Number == 1 ? HalfYear(YearBefore(), 2) : HalfYear(_start.Year, 1),
        ReportingPeriodKind.Quarter => Number == 1 ? Quarter(YearBefore(), 4) : Quarter(_start.Year, Number - 1),
        ReportingPeriodKind.Month => Number == 1 ? Month(YearBefore(), 12) : Month(_start.Year, Number - 1),
        ReportingPeriodKind.Custom => CustomChecked(_start.PlusDays(-Days), _start.PlusDays(-1)),
        _ => throw Preconditions.Unhandled(_kind),
    };

    /// <summary>
    /// Gets the same period one year earlier (上年同期): 2023-02 for 2024-02, 2023Q3 for 2024Q3. For a
    /// custom period the same dates a year earlier, 29 February becoming 28 February.
    /// </summary>
    /// <exception cref="InvalidOperationException">The period would start before year <see cref="MinYear"/>.</exception>
    public ReportingPeriod SamePeriodLastYear => _kind switch
    {
        ReportingPeriodKind.Year => Year(YearBefore()),
        ReportingPeriodKind.HalfYear => HalfYear(YearBefore(), Number),
        ReportingPeriodKind.Quarter => Quarter(YearBefore(), Number),
        ReportingPeriodKind.Month => Month(YearBefore(), Number),
        ReportingPeriodKind.Custom => CustomChecked(_start.PlusYears(-1), _end.PlusYears(-1)),
        _ => throw Preconditions.Unhandled(_kind),
    };

    /// <summary>Creates the calendar year <paramref name="year"/> (年度).</summary>
    /// <param name="year">The year, 1900 to 9999.</param>
    /// <returns>The period 1 January to 31 December.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900 to 9999.</exception>
    public static ReportingPeriod Year(int year)
    {
        CheckYear(year);
        return new(ReportingPeriodKind.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>Creates a half-year (半年): H1 is January to June, H2 July to December.</summary>
    /// <param name="year">The year, 1900 to 9999.</param>
    /// <param name="half">1 or 2.</param>
    /// <returns>The half-year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod HalfYear(int year, int half)
    {
        CheckYear(year);
        Preconditions.CheckRange(half, 1, 2);
        return new(ReportingPeriodKind.HalfYear, new LocalDate(year, (6 * half) - 5, 1), EndOfMonth(year, 6 * half));
    }

    /// <summary>Creates a quarter (季度).</summary>
    /// <param name="year">The year, 1900 to 9999.</param>
    /// <param name="quarter">1 to 4.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Quarter(int year, int quarter)
    {
        CheckYear(year);
        Preconditions.CheckRange(quarter, 1, 4);
        return new(ReportingPeriodKind.Quarter, new LocalDate(year, (3 * quarter) - 2, 1), EndOfMonth(year, 3 * quarter));
    }

    /// <summary>Creates a calendar month (月度).</summary>
    /// <param name="year">The year, 1900 to 9999.</param>
    /// <param name="month">1 to 12.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Month(int year, int month)
    {
        CheckYear(year);
        Preconditions.CheckRange(month, 1, 12);
        return new(ReportingPeriodKind.Month, new LocalDate(year, month, 1), EndOfMonth(year, month));
    }

    /// <summary>Creates a custom period from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, on or after <paramref name="start"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">The dates are not in the ISO calendar, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date's year is outside 1900 to 9999.</exception>
    public static ReportingPeriod Custom(LocalDate start, LocalDate end)
    {
        Preconditions.CheckArgument(start.Calendar == CalendarSystem.Iso && end.Calendar == CalendarSystem.Iso, nameof(start), "Reporting periods use the ISO calendar.");
        CheckYear(start.Year, nameof(start));
        CheckYear(end.Year, nameof(end));
        if (end < start)
        {
            Preconditions.ThrowArgument(nameof(end), string.Create(CultureInfo.InvariantCulture, $"end must not be before start, was {end:yyyy-MM-dd} before {start:yyyy-MM-dd}."));
        }

        return new(ReportingPeriodKind.Custom, start, end);
    }

    /// <summary>Creates a custom period covering <paramref name="interval"/>.</summary>
    /// <param name="interval">The inclusive interval.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1900 to 9999.</exception>
    public static ReportingPeriod FromInterval(DateInterval interval)
    {
        Preconditions.CheckNotNull(interval);
        return Custom(interval.Start, interval.End);
    }

    /// <summary>Parses a text form: <c>2023</c>, <c>2023H1</c>, <c>2023Q4</c>, <c>2023-03</c> or <c>2023-01-01/2023-07-31</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a reporting period; the message quotes it.</exception>
    public static ReportingPeriod Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text.AsSpan(), out var period)
            ? period
            : throw new FormatException($"'{text}' is not a reporting period; expected 2023, 2023H1, 2023Q4, 2023-03 or 2023-01-01/2023-07-31 with years from 1900 to 9999.");
    }

    /// <summary>Tries to parse a text form; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="period">The period, or the default value when parsing fails.</param>
    /// <returns>True when <paramref name="text"/> is a reporting period.</returns>
    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        if (text is null)
        {
            period = default;
            return false;
        }

        return TryParse(text.AsSpan(), out period);
    }

    /// <summary>Tries to parse a text form without allocating; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, or the default value when parsing fails.</param>
    /// <returns>True when <paramref name="text"/> is a reporting period.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ReportingPeriod period)
    {
        period = default;
        if (text.Length < 4 || !TryDigits(text[..4], out var year) || year < MinYear)
        {
            return false;
        }

        var rest = text[4..];
        switch (rest.Length)
        {
            case 0:
                period = Year(year);
                return true;
            case 2 when rest[0] == 'H' && rest[1] is '1' or '2':
                period = HalfYear(year, rest[1] - '0');
                return true;
            case 2 when rest[0] == 'Q' && rest[1] is >= '1' and <= '4':
                period = Quarter(year, rest[1] - '0');
                return true;
            case 3 when rest[0] == '-' && TryDigits(rest[1..], out var month) && month is >= 1 and <= 12:
                period = Month(year, month);
                return true;
            case 17 when rest[6] == '/':
                if (TryDate(text[..10], out var start) && TryDate(text[11..], out var end) && end >= start)
                {
                    period = new(ReportingPeriodKind.Custom, start, end);
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>Compares two periods for equality of kind, start and end.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Compares two periods for inequality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Compares two periods in the documented order.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Compares two periods in the documented order.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two periods in the documented order.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Compares two periods in the documented order.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>Returns whether <paramref name="date"/> lies within the period, both ends included.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= _start && date <= _end;

    /// <summary>Returns whether <paramref name="other"/> lies wholly within this period.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True when both ends of <paramref name="other"/> are within this period.</returns>
    public bool Contains(ReportingPeriod other) => other._start >= _start && other._end <= _end;

    /// <summary>Returns the period as a NodaTime <see cref="DateInterval"/>.</summary>
    /// <returns>The inclusive interval from <see cref="Start"/> to <see cref="End"/>.</returns>
    public DateInterval ToInterval() => new(_start, _end);

    /// <summary>Compares in the documented order: by start, then by end (shorter first), then by kind.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ReportingPeriod other)
    {
        var byStart = _start.CompareTo(other._start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = _end.CompareTo(other._end);
        return byEnd != 0 ? byEnd : ((int)_kind).CompareTo((int)other._kind);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ReportingPeriod"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a ReportingPeriod.", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(ReportingPeriod other) => _kind == other._kind && _start == other._start && _end == other._end;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_kind, _start, _end);

    /// <summary>Returns the canonical text form, such as "2023Q4".</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => _kind switch
    {
        ReportingPeriodKind.Year => Digits4(_start.Year),
        ReportingPeriodKind.HalfYear => Digits4(_start.Year) + (Number == 1 ? "H1" : "H2"),
        ReportingPeriodKind.Quarter => Digits4(_start.Year) + "Q" + (char)('0' + Number),
        ReportingPeriodKind.Month => Digits4(_start.Year) + "-" + _start.Month.ToString("D2", CultureInfo.InvariantCulture),
        ReportingPeriodKind.Custom => IsoDate(_start) + "/" + IsoDate(_end),
        _ => throw Preconditions.Unhandled(_kind),
    };

    /// <summary>Formats the period: "G" or null gives the canonical text form; the provider is ignored (the form is invariant).</summary>
    /// <param name="format">"G" or null.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text form.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is neither null, empty nor "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        string.IsNullOrEmpty(format) || format == "G" ? ToString() : throw new FormatException($"Unknown ReportingPeriod format '{format}'; expected G.");

    private static void CheckYear(int year, string paramName = "year")
    {
        if (year is < MinYear or > MaxYear)
        {
            Preconditions.ThrowOutOfRange(paramName, string.Create(CultureInfo.InvariantCulture, $"{paramName} must be a year from {MinYear} to {MaxYear}, was {year}."));
        }
    }

    // The last day of a month, computed without stepping into the next one (which for December 9999 does not exist).
    private static LocalDate EndOfMonth(int year, int month) => new(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));

    // The year before this period's, for the periods a year or less before it; before 1900 there is none.
    private int YearBefore() =>
        _start.Year > MinYear
            ? _start.Year - 1
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The period would start in {_start.Year - 1}, before {MinYear}: {this} is the first of its kind."));

    private static ReportingPeriod CustomChecked(LocalDate start, LocalDate end) =>
        start.Year < MinYear
            ? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The period would start in {start.Year}, before {MinYear}."))
            : new(ReportingPeriodKind.Custom, start, end);

    private static string Digits4(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static string IsoDate(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDigits(ReadOnlySpan<char> span, out int value)
    {
        value = 0;
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool TryDate(ReadOnlySpan<char> span, out LocalDate date)
    {
        date = default;
        if (span.Length != 10 || span[4] != '-' || span[7] != '-'
            || !TryDigits(span[..4], out var year) || !TryDigits(span.Slice(5, 2), out var month) || !TryDigits(span.Slice(8, 2), out var day)
            || year < MinYear || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }
}
