using System.Collections.Frozen;
using HospitalDomain.Metrics;

namespace HospitalDomain.Excel.Reading;

/// <summary>
/// Finds a catalogue's metric by what a person writes in a cell: its code, its Chinese name or its
/// English name, with or without the unit after it in brackets ("出院人次（人次）").
/// </summary>
internal sealed class MetricNameResolver
{
    private readonly MetricCatalogue _catalogue;
    private readonly FrozenDictionary<string, int> _byName;

    public MetricNameResolver(MetricCatalogue catalogue)
    {
        _catalogue = catalogue;
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ambiguous = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < catalogue.Count; i++)
        {
            var metric = catalogue.Metrics[i];
            foreach (var name in new[] { metric.ChineseName, metric.EnglishName })
            {
                var key = Normalize(name);
                if (!names.TryAdd(key, i) && names[key] != i)
                {
                    ambiguous.Add(key);
                }
            }
        }

        foreach (var key in ambiguous)
        {
            names.Remove(key);
        }

        _byName = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Returns whether a name is unambiguous, so that a writer can use it instead of the code.</summary>
    public bool IsUnique(Metric metric) => _byName.TryGetValue(Normalize(metric.ChineseName), out var index) && _catalogue.Metrics[index].Code == metric.Code;

    public bool TryResolve(string? text, out int index)
    {
        index = -1;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        return _catalogue.TryGetIndex(trimmed, out index) || _byName.TryGetValue(Normalize(trimmed), out index);
    }

    /// <summary>Trims, drops a unit in brackets at the end, and folds full-width brackets and spaces.</summary>
    internal static string Normalize(string name)
    {
        var text = name.Replace('（', '(').Replace('）', ')').Replace('\u3000', ' ').Trim();
        if (text.EndsWith(')') && text.LastIndexOf('(') is > 0 and var open)
        {
            text = text[..open].TrimEnd();
        }

        return text;
    }
}
