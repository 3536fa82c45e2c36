namespace HospitalDomain.Records.Reading;

/// <summary>A date with an optional time of day, as a day number and seconds: no allocation, no culture.</summary>
internal readonly record struct Stamp(int DayNumber, int Year, int Month, int Day, int Seconds, bool HasTime)
{
    /// <summary>Compares the instants; a stamp without a time compares as its date only when either lacks a time.</summary>
    public static bool IsBefore(in Stamp later, in Stamp earlier) =>
        later.DayNumber < earlier.DayNumber
        || (later.DayNumber == earlier.DayNumber && later.HasTime && earlier.HasTime && later.Seconds < earlier.Seconds);
}

/// <summary>Parsers for the fields of an export, over spans of characters, invariant and allocation-free.</summary>
internal static class FieldParsers
{
    /// <summary>Trims ASCII spaces and tabs.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> s) => s.IsEmpty || (s[0] > ' ' && s[^1] > ' ') ? s : s.Trim(" \t");

    /// <summary>Parses a non-negative whole number of at most 9 digits.</summary>
    public static bool TryParseInt(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        s = Trim(s);
        if (s.IsEmpty || s.Length > 9)
        {
            return false;
        }

        foreach (var c in s)
        {
            var d = c - '0';
            if (unchecked((uint)d) > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    /// <summary>
    /// Parses a decimal number (optional sign, digits, optional point and fraction) into a
    /// fixed-point integer with <paramref name="scale"/> decimal places (at most 8). Fails on any
    /// other form, on more than 16 − <paramref name="scale"/> integer digits (so that the items of a
    /// row add up without overflow) and on non-zero digits beyond the scale.
    /// </summary>
    public static bool TryParseFixed(ReadOnlySpan<char> s, int scale, out long value)
    {
        value = 0;
        if (s.IsEmpty || s[0] <= ' ' || s[^1] <= ' ')
        {
            s = Trim(s);
        }

        if (s.IsEmpty)
        {
            return false;
        }

        var i = 0;
        var negative = false;
        if (s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            i = 1;
        }

        unchecked
        {
            long v = 0;
            var start = i;
            while (i < s.Length)
            {
                var d = (uint)(s[i] - '0');
                if (d > 9)
                {
                    break;
                }

                v = (v * 10) + d;
                i++;
            }

            var integerDigits = i - start;
            if (integerDigits > 16 - scale)
            {
                // Leading zeros do not count; the value computed above may have wrapped, so reject before using it.
                while (integerDigits > 1 && s[start] == '0')
                {
                    start++;
                    integerDigits--;
                }

                if (integerDigits > 16 - scale)
                {
                    return false;
                }
            }

            var fraction = 0;
            if (i < s.Length)
            {
                if (s[i] != '.')
                {
                    return false;
                }

                i++;
                if (i == s.Length && integerDigits == 0)
                {
                    return false;
                }

                while (i < s.Length)
                {
                    var d = (uint)(s[i] - '0');
                    if (d > 9)
                    {
                        return false;
                    }

                    if (fraction < scale)
                    {
                        v = (v * 10) + d;
                        fraction++;
                    }
                    else if (d != 0)
                    {
                        return false;
                    }

                    i++;
                }
            }
            else if (integerDigits == 0)
            {
                return false;
            }

            v *= PowersOfTen[scale - fraction];
            value = negative ? -v : v;
            return true;
        }
    }

    private static ReadOnlySpan<long> PowersOfTen => [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

    /// <summary>
    /// Parses a date in the forms 2023-03-05, 2023/03/05 or 20230305, optionally followed by a time
    /// 10:20, 10:20:00 or 10:20:00.000 after a space or 'T' (the compact form may carry 102000).
    /// </summary>
    public static bool TryParseStamp(ReadOnlySpan<char> s, out Stamp stamp)
    {
        stamp = default;
        s = Trim(s);
        int year, month, day, rest;
        if (s.Length >= 10 && (s[4] is '-' or '/') && s[7] == s[4])
        {
            if (!Digits(s, 0, 4, out year) || !Digits(s, 5, 2, out month) || !Digits(s, 8, 2, out day))
            {
                return false;
            }

            rest = 10;
        }
        else if (s.Length >= 8 && Digits(s, 0, 4, out year) && Digits(s, 4, 2, out month) && Digits(s, 6, 2, out day))
        {
            rest = 8;
            if (s.Length == 14 && Digits(s, 8, 2, out var ch) && Digits(s, 10, 2, out var cm) && Digits(s, 12, 2, out var cs))
            {
                return Build(year, month, day, ch, cm, cs, true, out stamp);
            }
        }
        else
        {
            return false;
        }

        if (rest == s.Length)
        {
            return Build(year, month, day, 0, 0, 0, false, out stamp);
        }

        var time = s[rest..];
        if (time[0] is not (' ' or 'T'))
        {
            return false;
        }

        time = time[1..].TrimStart(' ');
        if (time.Length < 5 || time[2] != ':' || !Digits(time, 0, 2, out var h) || !Digits(time, 3, 2, out var m))
        {
            return false;
        }

        var sec = 0;
        if (time.Length > 5)
        {
            if (time.Length < 8 || time[5] != ':' || !Digits(time, 6, 2, out sec))
            {
                return false;
            }

            if (time.Length > 8)
            {
                var frac = time[8..];
                if (frac[0] != '.' || frac.Length == 1 || frac[1..].ContainsAnyExceptInRange('0', '9'))
                {
                    return false;
                }
            }
        }

        return Build(year, month, day, h, m, sec, true, out stamp);
    }

    /// <summary>The number of days from 1970-01-01 to a valid proleptic Gregorian date.</summary>
    public static int DayNumber(int year, int month, int day)
    {
        // Howard Hinnant's days_from_civil.
        year -= month <= 2 ? 1 : 0;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yoe = year - (era * 400);
        var doy = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 719468;
    }

    private static bool Build(int year, int month, int day, int hour, int minute, int second, bool hasTime, out Stamp stamp)
    {
        stamp = default;
        if (year < 1900 || year > 2199 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        stamp = new Stamp(DayNumber(year, month, day), year, month, day, (hour * 3600) + (minute * 60) + second, hasTime);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = s[i] - '0';
            if (unchecked((uint)d) > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }
}
