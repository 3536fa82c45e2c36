namespace HospitalDomain.Records.Reading;

/// <summary>
/// The stays already accepted, for duplicate detection: exact, and compact for the usual keys.
/// </summary>
/// <remarks>
/// A stay is (ZZJGDM, BAH, ZYCS). Per hospital, a stay whose BAH is 1 to 15 digits and whose ZYCS is
/// at most 1023 is packed exactly into 64 bits (digit count, BAH as a number, ZYCS) and kept in an
/// open-addressing table of 64-bit keys at a load of at most 0.7: 8 bytes per slot, so between about
/// 11 and 23 bytes per stay as the table grows. Any other key (letters in BAH, a longer number) is
/// kept as its text in a hash set, exactly but at string cost. No false positives either way: two
/// different stays are never taken for one. Not thread-safe: only the ordered consumer uses it.
/// </remarks>
internal sealed class StayIndex
{
    private readonly Dictionary<string, HospitalStays> _byHospital = new(StringComparer.Ordinal);

    /// <summary>Packs a key, or returns 0 when it does not pack (then use the text form).</summary>
    public static ulong Pack(ReadOnlySpan<char> caseNumber, int admissionNumber)
    {
        if (caseNumber.IsEmpty || caseNumber.Length > 15 || admissionNumber > 1023 || admissionNumber < 0)
        {
            return 0;
        }

        ulong number = 0;
        foreach (var c in caseNumber)
        {
            var d = unchecked((uint)(c - '0'));
            if (d > 9)
            {
                return 0;
            }

            number = (number * 10) + d;
        }

        // 4 bits of length (1..15, never 0, so the key is never 0), 50 bits of number, 10 bits of ZYCS.
        return ((ulong)caseNumber.Length << 60) | (number << 10) | (uint)admissionNumber;
    }

    /// <summary>Returns the case number BAH of a packed key.</summary>
    public static string UnpackCaseNumber(ulong packed)
    {
        var length = (int)(packed >> 60);
        var number = (packed >> 10) & ((1UL << 50) - 1);
        return number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(length, '0');
    }

    /// <summary>Gets the stays of one hospital, created empty on first use.</summary>
    public HospitalStays For(string hospital)
    {
        if (!_byHospital.TryGetValue(hospital, out var stays))
        {
            stays = new HospitalStays();
            _byHospital.Add(hospital, stays);
        }

        return stays;
    }

    /// <summary>The stays of one hospital.</summary>
    internal sealed class HospitalStays
    {
        private readonly LongSet _packed = new();
        private HashSet<string>? _text;

        /// <summary>Adds a stay; false when it was already there.</summary>
        public bool Add(ulong packed, string? text) =>
            packed != 0 ? _packed.Add(packed) : (_text ??= new HashSet<string>(StringComparer.Ordinal)).Add(text!);
    }

    /// <summary>An open-addressing set of non-zero 64-bit keys.</summary>
    private sealed class LongSet
    {
        private ulong[] _slots = new ulong[1024];
        private int _count;
        private int _shift = 64 - 10;

        public bool Add(ulong key)
        {
            if (_count * 10 >= _slots.Length * 7)
            {
                Grow();
            }

            if (!Insert(_slots, _shift, key))
            {
                return false;
            }

            _count++;
            return true;
        }

        private static bool Insert(ulong[] slots, int shift, ulong key)
        {
            var mask = slots.Length - 1;
            var i = (int)(unchecked(key * 0x9E3779B97F4A7C15UL) >> shift);
            while (true)
            {
                var slot = slots[i];
                if (slot == 0)
                {
                    slots[i] = key;
                    return true;
                }

                if (slot == key)
                {
                    return false;
                }

                i = (i + 1) & mask;
            }
        }

        private void Grow()
        {
            var slots = new ulong[_slots.Length * 2];
            var shift = _shift - 1;
            foreach (var key in _slots)
            {
                if (key != 0)
                {
                    Insert(slots, shift, key);
                }
            }

            _slots = slots;
            _shift = shift;
        }
    }
}
