using System.Text;

namespace HospitalDomain.Records.Reading;

/// <summary>
/// Decodes GB18030 with a fast path for the ASCII runs that make up most of an export: they are
/// widened with vectorized code, and only the runs of multi-byte sequences go through the (much
/// slower) code-pages decoder, always as whole sequences.
/// </summary>
internal static class Gb18030Decoding
{
    /// <summary>Decodes the first <paramref name="length"/> of <paramref name="data"/> (whole rows: never a sequence cut at either end) into <paramref name="chars"/>.</summary>
    /// <returns>The number of characters written.</returns>
    /// <remarks>Arrays, not spans: the code-pages encodings implement only the array overloads, and the span ones would copy into new arrays on every call.</remarks>
    public static int GetChars(Encoding gb18030, byte[] data, int length, char[] chars)
    {
        var bytes = data.AsSpan(0, length);
        var written = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var rest = bytes[i..];
            var next = rest.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            var ascii = next < 0 ? rest.Length : next;
            if (ascii > 0)
            {
                Ascii.ToUtf16(rest[..ascii], chars.AsSpan(written), out var widened);
                written += widened;
                i += ascii;
            }

            if (next < 0)
            {
                break;
            }

            // A run of multi-byte sequences: a lead byte 0x81–0xFE, then a second byte 0x30–0x39 for
            // a four-byte sequence or any other for a two-byte one (its trail may be ASCII-range).
            var end = i;
            while (end < bytes.Length && bytes[end] >= 0x80)
            {
                var lead = bytes[end];
                end += lead is 0x80 or 0xFF ? 1 : end + 1 < bytes.Length && bytes[end + 1] is >= 0x30 and <= 0x39 ? 4 : 2;
            }

            end = Math.Min(end, bytes.Length);
            written += gb18030.GetChars(data, i, end - i, chars, written);
            i = end;
        }

        return written;
    }
}
