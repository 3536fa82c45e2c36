using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HospitalDomain.Cli;

/// <summary>
/// Reads the elements of a JSON array from a stream one at a time: the buffer holds the unread
/// rest of what was read, and grows only when one element does not fit. Each element is read with
/// its own reader positioned at it, so that an error's path starts at the element and its line
/// counts from the start of the stream.
/// </summary>
internal sealed class JsonArrayBuffer(Stream stream)
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow };

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _final;
    private bool _done;
    private JsonReaderState _state = new(Options);
    private long _line;

    /// <summary>Gets a value indicating whether the opening bracket has been read (an error is then within an element).</summary>
    public bool InArray { get; private set; }

    /// <summary>Reads the next element, or returns false at the end of the array.</summary>
    /// <exception cref="JsonException">The document is not an array, or an element does not read.</exception>
    public bool TryReadElement<T>(JsonTypeInfo<T> typeInfo, out T? element)
    {
        try
        {
            return TryReadElementCore(typeInfo, out element);
        }
        catch (JsonException e) when (e.LineNumber is { } line && _line > 0)
        {
            // A reader starts counting lines where it starts: count from the start of the stream.
            var rebased = new JsonException(e.Message, e.Path, line + _line, e.BytePositionInLine, e.InnerException);
            foreach (System.Collections.DictionaryEntry entry in e.Data)
            {
                rebased.Data[entry.Key] = entry.Value;
            }

            throw rebased;
        }
    }

    private bool TryReadElementCore<T>(JsonTypeInfo<T> typeInfo, out T? element)
    {
        element = default;
        if (_done)
        {
            return false;
        }

        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (!reader.Read())
            {
                Fill();
                continue;
            }

            if (!InArray)
            {
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new JsonException($"Expected a JSON array but found {reader.TokenType}.", "$", null, null);
                }

                InArray = true;
                Consume(ref reader);
                continue;
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                Consume(ref reader);
                InArray = false;
                EnsureNothingFollows();
                _done = true;
                return false;
            }

            // The whole element must be in the buffer before it is read.
            var atElement = reader;
            if (!reader.TrySkip())
            {
                Fill();
                continue;
            }

            element = JsonSerializer.Deserialize(ref atElement, typeInfo);
            Consume(ref reader);
            return true;
        }
    }

    /// <summary>Throws when anything but white space follows the closing bracket.</summary>
    private void EnsureNothingFollows()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            try
            {
                if (reader.Read())
                {
                    throw new JsonException("Unexpected content after the JSON array.");
                }
            }
            catch (JsonException)
            {
                throw new JsonException("Unexpected content after the JSON array.");
            }

            if (_final)
            {
                return;
            }

            _start = _end;
            Fill();
        }
    }

    private void Consume(ref Utf8JsonReader reader)
    {
        _line += _buffer.AsSpan(_start, (int)reader.BytesConsumed).Count((byte)'\n');
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    /// <summary>Reads more of the stream after what is unread, growing the buffer when it is full of one element.</summary>
    private void Fill()
    {
        if (_final)
        {
            throw new JsonException("The JSON array is incomplete: the document ends before its closing bracket.");
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _final = read == 0;
    }
}
