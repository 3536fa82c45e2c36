using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using HospitalDomain.Text;

namespace HospitalDomain.Cli.Commands;

/// <summary><c>hospital read FILE [--json]</c>: what a report's text states, each item with its offsets (docs/text.md).</summary>
internal sealed class ReadCommand : ICommand
{
    public string Name => "read";

    public string Summary => "Read a report's text: hospital, year, figures with changes, commendations, key specialties, rankings.";

    public string Usage =>
        "hospital read FILE [--json]     FILE is UTF-8 text, - for standard input\n" +
        "Example: hospital read report.txt --json";

    public IReadOnlyCollection<string> ValueOptions => [];

    public int Run(CommandLine line, CliContext context)
    {
        var json = line.Flag("json");
        line.EnsureAllUsed(maxPositional: 1);
        var path = line.Positional.Count == 1 ? line.Positional[0] : throw new CliException("read needs a FILE (- for standard input)");
        var reading = ReportReader.Read(context.ReadText(path));
        if (json)
        {
            WriteJson(reading, context.Output);
            return CliApplication.Success;
        }

        var output = context.Output;
        output.WriteLine($"{reading.Hospital ?? "(hospital not named)"}  {(reading.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) + "年" : "(year not stated)")}");
        var table = new TextTable("At", "Label", "As written", "Change", "Metric").AlignRight(0);
        foreach (var figure in reading.Figures)
        {
            table.Add(figure.Start.ToString(CultureInfo.InvariantCulture), figure.Figure.Label, figure.AsWritten + (figure.Figure.IsTarget ? " (target)" : string.Empty),
                string.Join("；", figure.Changes.Select(c => c.AsWritten)), figure.Figure.Metric);
        }

        table.WriteTo(output);
        if (reading.CollectiveCount is not null || reading.IndividualCount is not null)
        {
            output.WriteLine($"表彰: 集体 {reading.CollectiveCount?.ToString(CultureInfo.InvariantCulture) ?? "—"}，个人 {reading.IndividualCount?.ToString(CultureInfo.InvariantCulture) ?? "—"}");
        }

        foreach (var specialty in reading.KeySpecialties)
        {
            output.WriteLine($"重点专科: {specialty}");
        }

        foreach (var ranking in reading.Rankings)
        {
            output.WriteLine($"排名: {ranking}");
        }

        return CliApplication.Success;
    }

    /// <summary>The shape docs/cli.md gives for <c>hospital read --json</c>.</summary>
    internal static void WriteJson(ReportReading reading, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            WriteStringOrNull(writer, "hospital", reading.Hospital);
            WriteNumberOrNull(writer, "year", reading.Year);
            writer.WriteStartArray("figures");
            foreach (var mention in reading.Figures)
            {
                var figure = mention.Figure;
                writer.WriteStartObject();
                writer.WriteString("label", figure.Label);
                WriteStringOrNull(writer, "metric", figure.Metric);
                WriteNumberOrNull(writer, "value", figure.Value?.Value);

                WriteStringOrNull(writer, "unit", figure.Unit);
                WriteStringOrNull(writer, "qualifier", figure.Value is { Qualifier: not ChineseNumberQualifier.None } hedged ? Camel(hedged.Qualifier.ToString()) : null);
                writer.WriteString("asWritten", mention.AsWritten);
                writer.WriteNumber("start", mention.Start);
                writer.WriteNumber("length", mention.Length);
                writer.WriteBoolean("isTarget", figure.IsTarget);
                if (mention.Changes.FirstOrDefault() is { } change)
                {
                    writer.WriteStartObject("change");
                    writer.WriteString("direction", Camel(change.Change.Direction.ToString()));
                    WriteNumberOrNull(writer, "amount", change.Change.Amount);

                    WriteStringOrNull(writer, "unit", change.Change.Unit);
                    WriteStringOrNull(writer, "basis", change.Change.Basis);
                    writer.WriteString("asWritten", change.AsWritten);
                    writer.WriteEndObject();
                }
                else
                {
                    writer.WriteNull("change");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("commendations");
            WriteNumberOrNull(writer, "collectives", reading.CollectiveCount);
            WriteNumberOrNull(writer, "individuals", reading.IndividualCount);
            writer.WriteStartArray("details");
            foreach (var commendation in reading.Commendations)
            {
                writer.WriteStartObject();
                writer.WriteString("title", commendation.Title);
                writer.WriteString("kind", Camel(commendation.Kind.ToString()));
                writer.WriteNumber("count", commendation.Count);
                writer.WriteBoolean("isTotal", commendation.IsTotal);
                writer.WriteString("asWritten", commendation.AsWritten);
                writer.WriteNumber("start", commendation.Start);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteStartArray("keySpecialties");
            foreach (var specialty in reading.KeySpecialties)
            {
                writer.WriteStartObject();
                WriteStringOrNull(writer, "name", specialty.Name);
                WriteNumberOrNull(writer, "count", specialty.Count);
                WriteStringOrNull(writer, "level", specialty.Level is { } level ? Camel(level.ToString()) : null);
                WriteStringOrNull(writer, "programme", specialty.Programme is { } programme ? Camel(programme.ToString()) : null);
                writer.WriteString("asWritten", specialty.AsWritten);
                writer.WriteNumber("start", specialty.Start);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("rankings");
            foreach (var ranking in reading.Rankings)
            {
                writer.WriteStartObject();
                WriteStringOrNull(writer, "scope", ranking.Scope);
                writer.WriteNumber("position", ranking.Position);
                writer.WriteBoolean("withinTop", ranking.WithinTop);
                writer.WriteString("asWritten", ranking.AsWritten);
                writer.WriteNumber("start", ranking.Start);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
