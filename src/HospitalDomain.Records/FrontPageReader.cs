using HospitalDomain.Records.Reading;

namespace HospitalDomain.Records;

/// <summary>Reads the validated records of a front-page export one by one, for users who want the rows rather than the sums.</summary>
public static class FrontPageReader
{
    /// <summary>
    /// Reads the rows of an export that pass validation, in file order, as <see cref="DischargeRecord"/>s;
    /// rejected rows go to <see cref="RecordIngestOptions.OnRejection"/>. Duplicate stays are not removed
    /// here (that takes the index of stays the aggregator keeps): every valid row is returned.
    /// </summary>
    /// <param name="stream">The export (plain or gzip); read lazily as the sequence is enumerated, not closed.</param>
    /// <param name="inputName">The name used in messages.</param>
    /// <param name="options">The options, or null for the defaults; grouping and period only decide which fields are required.</param>
    /// <returns>The valid records.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="RecordFileException">The input is not a usable export (thrown on enumeration).</exception>
    public static IEnumerable<DischargeRecord> ReadRecords(Stream stream, string inputName, RecordIngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(inputName);
        options ??= RecordIngestOptions.Default;
        options.Validate();
        return Enumerate(stream, inputName, options);
    }

    /// <summary>
    /// Opens an export file for sequential reading, as <see cref="FrontPageAggregator.ReadFile"/> does, so that
    /// a file that cannot be opened is the same <see cref="RecordFileException"/> naming it wherever it is read.
    /// </summary>
    /// <param name="path">The file path; the name in messages is the path as given.</param>
    /// <returns>The open file; dispose it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="RecordFileException">The file is missing or cannot be opened.</exception>
    public static Stream OpenFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new RecordFileException(path, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : $"cannot be opened ({e.Message})", e);
        }
    }

    private static IEnumerable<DischargeRecord> Enumerate(Stream stream, string inputName, RecordIngestOptions options)
    {
        foreach (var block in Pipeline.Run(stream, inputName, options, [], keepRecords: true))
        {
            var next = 0;
            foreach (var record in block.Records!)
            {
                while (next < block.Rejections.Count && block.Rejections[next].Line < record.Line)
                {
                    options.OnRejection?.Invoke(block.Rejections[next++]);
                }

                yield return record;
            }

            while (next < block.Rejections.Count)
            {
                options.OnRejection?.Invoke(block.Rejections[next++]);
            }

            block.Release();
        }
    }
}
