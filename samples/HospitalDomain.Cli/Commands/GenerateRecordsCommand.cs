using System.Globalization;
using System.Text;
using HospitalDomain.Records;
using HospitalDomain.Records.Generation;

namespace HospitalDomain.Cli.Commands;

/// <summary><c>hospital generate-records --rows N [--seed S] [--defects SHARE] …</c>: writes a synthetic front-page export.</summary>
internal sealed class GenerateRecordsCommand : ICommand
{
    public string Name => "generate-records";

    public string Summary => "Write a synthetic front-page (病案首页) export with the national field names, for trying 'ingest'.";

    public string Usage =>
        "hospital generate-records --rows N [--seed S] [--defects SHARE] [--hospitals N] [--year YYYY]\n" +
        "                          [--encoding utf-8|gb18030] [--gzip] [--tsv] [--output FILE]\n" +
        "--defects: the share of rows (0 to 1) that each break one validation rule; default 0\n" +
        "Without --output the export goes to standard output (UTF-8, not compressed).\n" +
        "The data is synthetic: fake names and identifiers are marked 测试/SYN/虚构, never real patients.";

    public IReadOnlyCollection<string> ValueOptions => ["rows", "seed", "defects", "hospitals", "year", "encoding", "output"];

    public int Run(CommandLine line, CliContext context)
    {
        var rows = Parse(line.Option("rows") ?? throw new CliException("--rows is required"), "rows", long.Parse);
        var seed = line.Option("seed") is { } s ? Parse(s, "seed", ulong.Parse) : 1UL;
        var defects = line.Option("defects") is { } d ? Parse(d, "defects", (t, st, p) => double.Parse(t, NumberStyles.Float, p)) : 0;
        var hospitals = line.Option("hospitals") is { } h ? Parse(h, "hospitals", int.Parse) : 3;
        var year = line.Option("year") is { } y ? Parse(y, "year", int.Parse) : 2023;
        var encoding = line.Option("encoding") switch
        {
            null or "utf-8" or "utf8" => RecordEncoding.Utf8,
            "gb18030" => RecordEncoding.Gb18030,
            var other => throw new CliException($"--encoding must be utf-8 or gb18030, was '{other}'"),
        };
        var gzip = line.Flag("gzip");
        var tsv = line.Flag("tsv");
        var output = line.Option("output");
        line.EnsureAllUsed(maxPositional: 0);
        if (output is null && (gzip || encoding != RecordEncoding.Utf8))
        {
            throw new CliException("--gzip and --encoding gb18030 need --output FILE");
        }

        FrontPageExportOptions options;
        try
        {
            options = new FrontPageExportOptions { Rows = rows, Seed = seed, DefectShare = defects, Hospitals = hospitals, Year = year, Encoding = encoding, Gzip = gzip, Separator = tsv ? '\t' : ',' };
            if (output is null)
            {
                WriteToOutput(context, options);
                return CliApplication.Success;
            }

            var generated = FrontPageExportGenerator.WriteFile(output, options);
            context.Output.WriteLine(FormattableString.Invariant($"Wrote {generated.Rows} rows × {generated.Columns} columns ({generated.Bytes:#,0} bytes) to {output}; {generated.DefectiveRows} defective:"));
            foreach (var (rule, count) in generated.Defects)
            {
                context.Output.WriteLine(FormattableString.Invariant($"  {rule,-26} {count,10}"));
            }
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new CliException(e.Message.ReplaceLineEndings(" "));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{output}: cannot write ({e.Message})");
        }

        return CliApplication.Success;
    }

    private static void WriteToOutput(CliContext context, FrontPageExportOptions options)
    {
        if (ReferenceEquals(context.Output, Console.Out))
        {
            using var stdout = Console.OpenStandardOutput();
            FrontPageExportGenerator.Write(stdout, options);
            return;
        }

        using var buffer = new MemoryStream();
        FrontPageExportGenerator.Write(buffer, options);
        context.Output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static T Parse<T>(string text, string option, Func<string, NumberStyles, IFormatProvider, T> parse)
    {
        try
        {
            return parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new CliException($"--{option} must be a number, was '{text}'");
        }
    }
}
