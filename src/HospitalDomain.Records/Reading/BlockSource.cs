using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace HospitalDomain.Records.Reading;

/// <summary>A block of whole rows of an export, as bytes, with the line number of its first row.</summary>
internal sealed class Block(byte[] data, int length, long firstLine)
{
    public byte[] Data { get; } = data;

    public int Length { get; } = length;

    public long FirstLine { get; } = firstLine;

    /// <summary>Returns the pooled buffer; the block must not be used afterwards.</summary>
    public void Release() => ArrayPool<byte>.Shared.Return(Data);
}

/// <summary>
/// Opens an export (gzip detected by its magic bytes, the byte-order mark and the encoding detected
/// or declared), reads its header line and then cuts the rest into blocks of whole rows: each cut
/// is at a line feed outside quotes, so a quoted field with line breaks stays in one block. Memory
/// is bounded by the block size and the longest row.
/// </summary>
internal sealed class BlockSource : IDisposable
{
    private const int MaxRowBytes = 64 << 20;
    private const byte Quote = (byte)'"';
    private const byte LineFeed = (byte)'\n';

    /// <summary>UTF-8 that throws on invalid bytes, so a file that is not UTF-8 is found while decoding, at no extra cost.</summary>
    private static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly string _name;
    private readonly int _blockSize;
    private byte[] _carry = [];
    private int _carryLength;
    private bool _eof;
    private long _nextLine;

    private BlockSource(Stream stream, string name, int blockSize)
    {
        _stream = stream;
        _name = name;
        _blockSize = blockSize;
    }

    public Encoding Encoding { get; private set; } = Utf8Strict;

    public RecordEncoding EncodingKind { get; private set; }

    public string HeaderText { get; private set; } = string.Empty;

    public static BlockSource Open(Stream raw, string name, RecordEncoding declared, int blockSize, IProgress<long>? progress)
    {
        Stream counted = progress is null ? raw : new ProgressStream(raw, progress);
        Span<byte> magic = stackalloc byte[2];
        var read = counted.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        var prefixed = new PrefixStream(magic[..read].ToArray(), counted);
        Stream stream = read == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(prefixed, CompressionMode.Decompress) : prefixed;
        var source = new BlockSource(stream, name, blockSize);
        try
        {
            source.ReadHeader(declared);
        }
        catch
        {
            source.Dispose();
            throw;
        }

        return source;
    }

    /// <summary>Returns the next block, or null at the end.</summary>
    public Block? Next()
    {
        var size = _blockSize;
        while (true)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(size, _carryLength + (_blockSize / 2)));
            _carry.AsSpan(0, _carryLength).CopyTo(buffer);
            var length = _carryLength;
            length += Fill(buffer, length);
            if (length == 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return null;
            }

            var cut = _eof ? length : LastRowEnd(buffer.AsSpan(0, length)) + 1;
            if (cut <= 0)
            {
                if (length >= MaxRowBytes)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    throw new RecordFileException(_name, $"a row starting at line {_nextLine} is longer than {MaxRowBytes >> 20} MiB (unbalanced quotes, or not a front-page export)");
                }

                SetCarry(buffer.AsSpan(0, length));
                ArrayPool<byte>.Shared.Return(buffer);
                size = length * 2;
                continue;
            }

            SetCarry(buffer.AsSpan(cut, length - cut));
            var block = new Block(buffer, cut, _nextLine);
            _nextLine += buffer.AsSpan(0, cut).Count(LineFeed);
            return block;
        }
    }

    public void Dispose() => _stream.Dispose();

    private static int LastRowEnd(ReadOnlySpan<byte> data)
    {
        if (data.IndexOf(Quote) < 0)
        {
            return data.LastIndexOf(LineFeed);
        }

        var inQuotes = false;
        var last = -1;
        var i = 0;
        while (true)
        {
            var next = data[i..].IndexOfAny(Quote, LineFeed);
            if (next < 0)
            {
                return last;
            }

            i += next;
            if (data[i] == Quote)
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes)
            {
                last = i;
            }

            i++;
        }
    }

    private int Fill(byte[] buffer, int offset)
    {
        var total = 0;
        try
        {
            while (!_eof && offset + total < buffer.Length)
            {
                var n = _stream.Read(buffer, offset + total, buffer.Length - offset - total);
                if (n == 0)
                {
                    _eof = true;
                }

                total += n;
            }
        }
        catch (InvalidDataException e)
        {
            throw new RecordFileException(_name, "the gzip stream is corrupt or truncated", e);
        }

        return total;
    }

    private void SetCarry(ReadOnlySpan<byte> rest)
    {
        if (_carry.Length < rest.Length)
        {
            _carry = new byte[Math.Max(rest.Length, 4096)];
        }

        rest.CopyTo(_carry);
        _carryLength = rest.Length;
    }

    private void ReadHeader(RecordEncoding declared)
    {
        var buffer = new byte[Math.Max(_blockSize, 64 * 1024)];
        var length = Fill(buffer, 0);
        if (length == 0)
        {
            throw new RecordFileException(_name, "the file is empty (no header)");
        }

        var data = buffer.AsSpan(0, length);
        var bomUtf8 = data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var bomGb = data.StartsWith((ReadOnlySpan<byte>)[0x84, 0x31, 0x95, 0x33]);
        var start = bomUtf8 ? 3 : bomGb ? 4 : 0;
        data = data[start..];
        var headerEnd = FirstRowEnd(data);
        while (headerEnd < 0 && !_eof)
        {
            if (buffer.Length >= MaxRowBytes)
            {
                throw new RecordFileException(_name, "no line break in the first 64 MiB: not a delimited text export");
            }

            Array.Resize(ref buffer, buffer.Length * 2);
            length += Fill(buffer, length);
            data = buffer.AsSpan(start, length - start);
            headerEnd = FirstRowEnd(data);
        }

        var header = headerEnd < 0 ? data : data[..headerEnd];
        if (header.Contains((byte)0))
        {
            throw new RecordFileException(_name, "binary content in the first line: not a delimited text export");
        }

        var rest = headerEnd < 0 ? [] : data[(headerEnd + 1)..];
        EncodingKind = bomUtf8 ? RecordEncoding.Utf8 : bomGb ? RecordEncoding.Gb18030 : declared;
        if (EncodingKind == RecordEncoding.Auto)
        {
            var sample = headerEnd < 0 ? data : data[..(headerEnd + 1 + Math.Max(LastRowEnd(rest) + 1, 0))];
            EncodingKind = System.Text.Unicode.Utf8.IsValid(sample) ? RecordEncoding.Utf8 : RecordEncoding.Gb18030;
        }

        Encoding = EncodingKind == RecordEncoding.Gb18030 ? Gb18030 : Utf8Strict;
        try
        {
            HeaderText = Encoding.GetString(header.TrimEnd((byte)'\r'));
        }
        catch (DecoderFallbackException e)
        {
            throw new RecordFileException(_name, "the header is not valid UTF-8; declare the encoding (gb18030)", e);
        }
        _nextLine = 1 + header.Count(LineFeed) + (headerEnd < 0 ? 0 : 1);
        SetCarry(rest);
    }

    private static int FirstRowEnd(ReadOnlySpan<byte> data)
    {
        var inQuotes = false;
        var i = 0;
        while (true)
        {
            var next = data[i..].IndexOfAny(Quote, LineFeed);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (data[i] == Quote)
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes)
            {
                return i;
            }

            i++;
        }
    }

    /// <summary>Gets GB18030 from the code-pages provider, without registering the provider globally.</summary>
    internal static Encoding Gb18030 { get; } = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(54936)
        ?? throw new PlatformNotSupportedException("GB18030 (code page 54936) is not available.");

    /// <summary>A read-only stream that first returns some bytes already read, then the rest of another stream.</summary>
    // Leaves the caller's stream open: Read and ReadRecords document that they do not close it.
    private sealed class PrefixStream(byte[] prefix, Stream inner) : ForwardOnlyStream(inner, leaveOpen: true)
    {
        private int _position;

        public override bool CanRead => true;

        public override int Read(Span<byte> buffer)
        {
            if (_position < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return Inner.Read(buffer);
        }
    }

    /// <summary>A read-only stream that reports the bytes read so far.</summary>
    private sealed class ProgressStream(Stream inner, IProgress<long> progress) : ForwardOnlyStream(inner)
    {
        private long _read;

        public override bool CanRead => true;

        public override int Read(Span<byte> buffer)
        {
            var n = Inner.Read(buffer);
            _read += n;
            progress.Report(_read);
            return n;
        }
    }
}
