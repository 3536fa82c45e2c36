using System.Text.RegularExpressions;
using HospitalDomain.EntityFrameworkCore.Schema;
using HospitalDomain.Records;

namespace HospitalDomain.EntityFrameworkCore.Records;

/// <summary>
/// Checks the names a user supplies (header-map targets, DRG columns, cost fields) against the
/// schema before anything uses them. No SQL is ever built from them: the checks make a hostile or
/// mistyped name an error that names it, instead of a silently ignored column.
/// </summary>
internal static partial class RecordNames
{
    /// <summary>Fields the reader checks that are not columns of the table.</summary>
    private static readonly HashSet<string> ReaderOnly = new(StringComparer.Ordinal) { "CSRQ", "RYBQ", "NL" };

    /// <summary>Checks the header map's targets and the DRG column names of <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">A name is not a field of the schema, or not a plain column name.</exception>
    public static void CheckLoadOptions(RecordIngestOptions options)
    {
        var drg = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, option) in new[] { (options.Rules.DrgGroupField, "DrgGroupField"), (options.Rules.DrgWeightField, "DrgWeightField") })
        {
            if (field is null)
            {
                continue;
            }

            if (!Identifier().IsMatch(field.Trim()))
            {
                throw new ArgumentException($"AggregationRules.{option} '{field}' is not a column name (letters, digits and underscores, starting with a letter).", nameof(options));
            }

            drg.Add(field.Trim().ToUpperInvariant());
        }

        foreach (var (header, target) in options.HeaderMap)
        {
            var name = (target ?? string.Empty).Trim().ToUpperInvariant();
            var known = Identifier().IsMatch(name)
                && (RecordColumns.NationalFields.Contains(name) || ReaderOnly.Contains(name) || FrontPageFields.IsPersonal(name) || ProcedureField().IsMatch(name) || drg.Contains(name));
            if (!known)
            {
                throw new ArgumentException($"The header map sends '{header}' to '{target}', which is not a field of the discharge_records schema (national field names such as CYKB, SJZYTS, ZFY, SSJB1), nor a DRG column named in the rules.", nameof(options));
            }
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex("^(SSJCZBM|SSJCZRQ|SSJB|QKYHLB|QKDJ)[0-9]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex ProcedureField();
}
