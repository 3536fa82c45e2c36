using System.Text;

namespace HospitalDomain.Cli;

/// <summary>A stream that only reads or only writes, and never seeks: what the text adapters below have in common.</summary>
internal abstract class OneWayStream : Stream
{
    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}

/// <summary>The UTF-8 bytes of what a <see cref="TextReader"/> reads, as a read-only stream (standard input for the streaming JSON reader).</summary>
internal sealed class TextReaderStream(TextReader reader) : OneWayStream
{
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly char[] _chars = new char[4096];
    private readonly byte[] _bytes = new byte[4096 * 3];
    private int _start;
    private int _end;
    private bool _done;

    public override bool CanRead => true;

    public override bool CanWrite => false;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_start == _end && !_done)
        {
            var read = reader.Read(_chars, 0, _chars.Length);
            _done = read == 0;
            _encoder.Convert(_chars, 0, read, _bytes, 0, _bytes.Length, flush: _done, out _, out _end, out _);
            _start = 0;
        }

        var n = Math.Min(buffer.Length, _end - _start);
        _bytes.AsSpan(_start, n).CopyTo(buffer);
        _start += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>UTF-8 bytes written to a <see cref="TextWriter"/>, as a write-only stream (JSON written to standard output piece by piece).</summary>
internal sealed class TextWriterStream(TextWriter writer) : OneWayStream
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private char[] _chars = new char[4096];

    public override bool CanRead => false;

    public override bool CanWrite => true;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = _decoder.GetCharCount(buffer, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[needed];
        }

        var written = _decoder.GetChars(buffer, _chars, flush: false);
        writer.Write(_chars, 0, written);
    }

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
