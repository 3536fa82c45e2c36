namespace HospitalDomain.Excel.Writing;

/// <summary>Sheet names as spreadsheets allow them: at most 31 characters, none of []:*?/\, distinct.</summary>
internal sealed class SheetNames
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Next(string wanted)
    {
        var name = new string([.. wanted.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '-' : c)]).Trim('\'', ' ');
        if (name.Length == 0)
        {
            name = "Sheet";
        }

        name = name.Length > 31 ? name[..31] : name;
        var candidate = name;
        for (var n = 2; !_used.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }

        return candidate;
    }
}
