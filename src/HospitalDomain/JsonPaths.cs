using System.Text.Json;

namespace HospitalDomain;

/// <summary>
/// Errors of the domain's own JSON documents (a metric code that is not in the catalogue, an edition
/// entry naming an unknown indicator), in the form the converters give theirs: "At .values.beds: …",
/// with the relative path and the reason kept in <see cref="Exception.Data"/> so that an outer
/// converter can prefix its own path.
/// </summary>
internal static class JsonPaths
{
    /// <summary>The key under which an error keeps its path relative to where the converter started.</summary>
    public const string RelativePathKey = "HospitalDomain.RelativePath";

    /// <summary>The key under which an error keeps its message without the path.</summary>
    public const string ReasonKey = "HospitalDomain.Reason";

    /// <summary>The error at <paramref name="relativePath"/> (".values.beds", ".entries[3]").</summary>
    public static JsonException At(string relativePath, string reason, Exception? inner = null)
    {
        var error = new JsonException($"At {relativePath}: {reason}", inner);
        error.Data[RelativePathKey] = relativePath;
        error.Data[ReasonKey] = reason;
        return error;
    }

    /// <summary>The error for a value the domain rejects, naming the type.</summary>
    public static JsonException Invalid(string typeName, ArgumentException inner) => new($"Invalid {typeName}: {inner.Message}", inner);
}
