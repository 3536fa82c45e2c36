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
