using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HospitalDomain.Serialization;

namespace HospitalDomain.Cli;

/// <summary>What a command may use: the output streams, standard input and file access.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, TextReader input)
{
    /// <summary>Indented JSON output configured for the library's types.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }.ConfigureForHospitalDomain();

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public TextReader Input { get; } = input;

    /// <summary>Reads a file, or standard input when <paramref name="path"/> is "-".</summary>
    public string ReadText(string path)
    {
        if (path == "-")
        {
            return Input.ReadToEnd();
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{path}: cannot read the file ({e.Message})");
        }
    }

    /// <summary>Reads a JSON file into <typeparamref name="T"/>; a bad document is reported with the file and JSON path.</summary>
    public T ReadJson<T>(string path)
    {
        var typeInfo = (JsonTypeInfo<T>)JsonOptions.GetTypeInfo(typeof(T));
        var text = ReadText(path);
        try
        {
            return JsonSerializer.Deserialize(text, typeInfo) ?? throw new CliException($"{path}: the document is null");
        }
        catch (JsonException e)
        {
            // The library keeps the part of the path inside its own converters beside the message.
            var relative = e.Data[RelativePathKey] as string ?? string.Empty;
            var reason = e.Data[ReasonKey] as string ?? e.Message;
            var where = e.Path is null ? string.Empty : $" at {e.Path}{relative}";
            var line = e.LineNumber is { } l ? $" (line {l + 1})" : string.Empty;
            throw new CliException($"{path}{where}{line}: {FirstSentence(reason)}");
        }
    }

    /// <summary>Writes <paramref name="value"/> as indented JSON, Chinese text unescaped.</summary>
    public void WriteJson<T>(T value) =>
        Output.WriteLine(JsonSerializer.Serialize(value, (JsonTypeInfo<T>)JsonOptions.GetTypeInfo(typeof(T))));

    private const string RelativePathKey = "HospitalDomain.RelativePath";
    private const string ReasonKey = "HospitalDomain.Reason";

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }
}
