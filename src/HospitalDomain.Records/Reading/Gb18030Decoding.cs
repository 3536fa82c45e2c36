using System.Text;

namespace HospitalDomain.Records.Reading;

/// <summary>
/// Decodes GB18030 without the per-call allocations of the code-pages decoder: ASCII runs (most of
/// an export) are widened with vectorized code, two-byte sequences (all of the common Chinese
/// characters) are looked up in a table built once from the code-pages decoder itself, and only the
/// rare four-byte or invalid sequences go through that decoder.
/// </summary>
internal static class Gb18030Decoding
{
    private const char NotInTable = '\uFFFF';

    /// <summary>The character of each two-byte sequence, lead 0x81–0xFE × trail 0x40–0xFE; <see cref="NotInTable"/> where the decoder gives anything but one character.</summary>
    private static readonly Lazy<char[]> TwoByte = new(BuildTable);

    /// <summary>Decodes the first <paramref name="length"/> of <paramref name="data"/> (whole rows: never a sequence cut at either end) into <paramref name="chars"/>.</summary>
    /// <returns>The number of characters written.</returns>
    /// <remarks><paramref name="gb18030"/> must be the code-pages GB18030 encoding; its decoder handles what the table does not.</remarks>
    public static int GetChars(Encoding gb18030, byte[] data, int length, char[] chars)
    {
        var table = TwoByte.Value;
        var bytes = data.AsSpan(0, length);
        Decoder? decoder = null;
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

            // Multi-byte sequences: a lead byte 0x81–0xFE, then a second byte 0x30–0x39 for a
            // four-byte sequence or any other for a two-byte one (whose trail may be ASCII-range).
            while (i < bytes.Length && bytes[i] >= 0x80)
            {
                var lead = bytes[i];
                var size = lead is 0x80 or 0xFF ? 1 : i + 1 < bytes.Length && bytes[i + 1] is >= 0x30 and <= 0x39 ? 4 : 2;
                size = Math.Min(size, bytes.Length - i);
                if (size == 2 && bytes[i + 1] >= 0x40 && table[((lead - 0x81) * 191) + (bytes[i + 1] - 0x40)] is var c && c != NotInTable)
                {
                    chars[written++] = c;
                }
                else
                {
                    decoder ??= gb18030.GetDecoder();
                    written += decoder.GetChars(data, i, size, chars, written, flush: true);
                }

                i += size;
            }
        }

        return written;
    }

    private static char[] BuildTable()
    {
        var gb18030 = BlockSource.Gb18030;
        var table = new char[126 * 191];
        var pair = new byte[2];
        var decoded = new char[4];
        for (var lead = 0x81; lead <= 0xFE; lead++)
        {
            for (var trail = 0x40; trail <= 0xFE; trail++)
            {
                pair[0] = (byte)lead;
                pair[1] = (byte)trail;
                var n = gb18030.GetChars(pair, 0, 2, decoded, 0);
                table[((lead - 0x81) * 191) + (trail - 0x40)] = n == 1 && decoded[0] != NotInTable ? decoded[0] : NotInTable;
            }
        }

        return table;
    }
}
