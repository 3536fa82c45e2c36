namespace HospitalDomain.Records.Reading;

/// <summary>
/// A set of strings looked up by a span of characters without allocating: used to intern the
/// hospital and department codes of a block of rows and to test codes against user code sets.
/// Not thread-safe; each worker has its own, or the table is only read after it is built.
/// </summary>
internal sealed class SpanStringTable
{
    private string?[] _slots;
    private int[] _hashes;
    private int _count;

    public SpanStringTable(int capacity = 16)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size *= 2;
        }

        _slots = new string?[size];
        _hashes = new int[size];
    }

    public SpanStringTable(IEnumerable<string> items)
        : this(items is ICollection<string> c ? c.Count : 16)
    {
        foreach (var item in items)
        {
            Intern(item);
        }
    }

    public int Count => _count;

    /// <summary>Returns whether the table holds a string equal to <paramref name="key"/>.</summary>
    public bool Contains(ReadOnlySpan<char> key) => Find(key, string.GetHashCode(key, StringComparison.Ordinal)) >= 0;

    /// <summary>Returns the table's string equal to <paramref name="key"/>, adding it first when absent.</summary>
    public string Intern(ReadOnlySpan<char> key)
    {
        var hash = string.GetHashCode(key, StringComparison.Ordinal);
        var index = Find(key, hash);
        if (index >= 0)
        {
            return _slots[index]!;
        }

        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        var value = key.ToString();
        Insert(value, hash);
        return value;
    }

    private int Find(ReadOnlySpan<char> key, int hash)
    {
        var mask = _slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot is null)
            {
                return -1;
            }

            if (_hashes[i] == hash && key.SequenceEqual(slot))
            {
                return i;
            }
        }
    }

    private void Insert(string value, int hash)
    {
        var mask = _slots.Length - 1;
        var i = hash & mask;
        while (_slots[i] is not null)
        {
            i = (i + 1) & mask;
        }

        _slots[i] = value;
        _hashes[i] = hash;
        _count++;
    }

    private void Grow()
    {
        var old = _slots;
        var oldHashes = _hashes;
        _slots = new string?[old.Length * 2];
        _hashes = new int[old.Length * 2];
        _count = 0;
        for (var i = 0; i < old.Length; i++)
        {
            if (old[i] is { } s)
            {
                Insert(s, oldHashes[i]);
            }
        }
    }
}
