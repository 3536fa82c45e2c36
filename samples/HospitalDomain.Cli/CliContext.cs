using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HospitalDomain.Serialization;

namespace HospitalDomain.Cli;

/// <summary>What a command may use: the output streams, standard input and file access.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, TextReader input)
{
    /// <summary>How much JSON is written before it is passed on to the output.</summary>
    private const int FlushThreshold = 64 * 1024;

    /// <summary>
    /// Indented JSON output configured for the library's types, with the command's own types from
    /// its source-generated <see cref="CliJsonContext"/>: no type is serialized by reflection, so the
    /// command works the same when trimmed or compiled ahead of time.
    /// </summary>
    public static JsonSerializerOptions JsonOptions { get; } = new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        TypeInfoResolver = CliJsonContext.Default,
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

        using var reader = new StreamReader(OpenRead(path), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a JSON file into <typeparamref name="T"/>; a bad document is reported with the file and JSON path.</summary>
    public T ReadJson<T>(string path)
    {
        var typeInfo = TypeInfo<T>();
        var text = ReadText(path);
        try
        {
            return JsonSerializer.Deserialize(text, typeInfo) ?? throw new CliException($"{path}: the document is null");
        }
        catch (JsonException e)
        {
            throw BadJson(path, e);
        }
    }

    /// <summary>
    /// Reads a JSON array of <typeparamref name="T"/> element by element, from a file or standard
    /// input: memory holds one element at a time (and a buffer as large as the largest), however long
    /// the array. A bad element is reported with the file, its index and JSON path and the line, as the
    /// enumeration reaches it.
    /// </summary>
    public IEnumerable<T> ReadJsonArray<T>(string path)
        where T : class
    {
        using Stream stream = path == "-" ? new TextReaderStream(Input) : OpenRead(path);
        var typeInfo = TypeInfo<T>();
        var buffer = new JsonArrayBuffer(stream);
        var index = -1;
        while (true)
        {
            T? element;
            try
            {
                if (!buffer.TryReadElement(typeInfo, out element))
                {
                    yield break;
                }

                index++;
            }
            catch (JsonException e)
            {
                throw BadJson(path, e, buffer.InArray ? index + 1 : null);
            }

            yield return element ?? throw new CliException($"{path} at $[{index}]: expected {typeof(T).Name} as a JSON object but found null");
        }
    }

    /// <summary>Writes <paramref name="value"/> as indented JSON, Chinese text unescaped.</summary>
    public void WriteJson<T>(T value)
    {
        using var writer = CreateJsonWriter();
        JsonSerializer.Serialize(writer, value, TypeInfo<T>());
        writer.Flush();
        Output.WriteLine();
    }

    /// <summary>
    /// Writes an object whose one large array is written element by element: <paramref name="head"/>
    /// writes the properties before it, then each item of <paramref name="items"/> is serialized and
    /// passed on, then <paramref name="tail"/> writes the rest. The output is the same as writing the
    /// whole object at once, without holding all of its text.
    /// </summary>
    public void WriteJsonStreamed<T>(Action<Utf8JsonWriter> head, string arrayName, IEnumerable<T> items, Action<Utf8JsonWriter> tail)
    {
        using var writer = CreateJsonWriter();
        writer.WriteStartObject();
        head(writer);
        writer.WriteStartArray(arrayName);
        var typeInfo = TypeInfo<T>();
        foreach (var item in items)
        {
            JsonSerializer.Serialize(writer, item, typeInfo);
            if (writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        tail(writer);
        writer.WriteEndObject();
        writer.Flush();
        Output.WriteLine();
    }

    /// <summary>The metadata of <typeparamref name="T"/>, from the library's or the command's source-generated context.</summary>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)JsonOptions.GetTypeInfo(typeof(T));

    private Utf8JsonWriter CreateJsonWriter() =>
        new(new TextWriterStream(Output), new JsonWriterOptions { Indented = true, Encoder = JsonOptions.Encoder });

    /// <summary>Opens a file for reading; a path that is no readable file is bad input, said plainly.</summary>
    private static FileStream OpenRead(string path)
    {
        if (path.Length == 0)
        {
            throw new CliException("the file name is empty");
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory, not a file");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException($"{path}: no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"{path}: permission denied");
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{path}: cannot read the file ({e.Message})");
        }
    }

    private static CliException BadJson(string path, JsonException e, int? element = null)
    {
        // The library keeps the part of the path inside its own converters beside the message.
        var relative = e.Data[RelativePathKey] as string ?? string.Empty;
        var reason = e.Data[ReasonKey] as string ?? e.Message;
        var at = element is { } index ? $"$[{index}]{e.Path?[1..]}" : e.Path;
        var where = at is null ? string.Empty : $" at {at}{relative}";
        var line = e.LineNumber is { } l ? $" (line {l + 1})" : string.Empty;
        return new CliException($"{path}{where}{line}: {FirstSentence(reason)}");
    }

    private const string RelativePathKey = "HospitalDomain.RelativePath";
    private const string ReasonKey = "HospitalDomain.Reason";

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal) is >= 0 and var path ? path : message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).ReplaceLineEndings(" ").Trim();
    }
}
