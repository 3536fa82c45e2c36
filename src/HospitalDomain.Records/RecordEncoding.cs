namespace HospitalDomain.Records;

/// <summary>The character encoding of a front-page export.</summary>
public enum RecordEncoding
{
    /// <summary>
    /// Detected: a UTF-8 byte-order mark means UTF-8; otherwise the header and the first block of
    /// rows (1 MiB) are checked, and UTF-8 is taken when they are valid UTF-8, GB18030 when they are
    /// not. A file taken as UTF-8 is checked block by block, and a later block that is not UTF-8 stops
    /// the reading with an error asking for the encoding to be declared.
    /// </summary>
    Auto = 0,

    /// <summary>UTF-8, with or without a byte-order mark.</summary>
    Utf8,

    /// <summary>GB18030 (code page 54936), the encoding of most Chinese exports (a superset of GBK and GB2312).</summary>
    Gb18030,
}
