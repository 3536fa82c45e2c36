namespace HospitalDomain.Records;

/// <summary>
/// A front-page export that cannot be read at all: missing, compressed wrongly, not a delimited text
/// file, no usable header, or an encoding that does not decode. A bad row is never this exception: it
/// is a <see cref="RecordRejection"/>.
/// </summary>
/// <remarks>The message names the source and the reason in one line; it never quotes a data value.</remarks>
public sealed class RecordFileException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="inputName">The file name or other name of the input.</param>
    /// <param name="reason">Why it cannot be read.</param>
    /// <param name="innerException">The exception that caused it, or null.</param>
    public RecordFileException(string inputName, string reason, Exception? innerException = null)
        : base($"{inputName}: {reason}", innerException)
    {
        InputName = inputName;
        Reason = reason;
    }

    /// <summary>Gets the file name or other name of the input.</summary>
    public string InputName { get; }

    /// <summary>Gets why the input cannot be read.</summary>
    public string Reason { get; }
}
