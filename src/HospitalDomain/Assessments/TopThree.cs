using System.Numerics;

namespace HospitalDomain.Assessments;

/// <summary>The (at most) three rules with the largest positive key, largest first, ties by indicator code; what an assessment's explanation names.</summary>
/// <typeparam name="T">The key: points in ten-billionths or in decimal.</typeparam>
internal sealed class TopThree<T>
    where T : struct, INumber<T>
{
    private readonly T[] _keys = new T[3];
    private readonly int[] _rules = new int[3];
    private int _found;

    /// <summary>Forgets every rule offered.</summary>
    public void Clear() => _found = 0;

    /// <summary>Keeps <paramref name="rule"/> when its key is among the three largest so far.</summary>
    /// <param name="key">The key.</param>
    /// <param name="rule">The rule's index.</param>
    /// <param name="codes">Each rule's indicator code, for ties.</param>
    public void Offer(T key, int rule, string[] codes)
    {
        if (_found == 3 && key < _keys[2])
        {
            return;
        }

        var position = _found;
        while (position > 0 && (key > _keys[position - 1] || (key == _keys[position - 1] && string.CompareOrdinal(codes[rule], codes[_rules[position - 1]]) < 0)))
        {
            if (position < 3)
            {
                _keys[position] = _keys[position - 1];
                _rules[position] = _rules[position - 1];
            }

            position--;
        }

        if (position < 3)
        {
            _keys[position] = key;
            _rules[position] = rule;
            _found = Math.Min(_found + 1, 3);
        }
    }

    /// <summary>The indicator codes of the rules kept, largest key first.</summary>
    /// <param name="codes">Each rule's indicator code.</param>
    /// <returns>The codes.</returns>
    public string[] Codes(string[] codes)
    {
        var result = new string[_found];
        for (var c = 0; c < _found; c++)
        {
            result[c] = codes[_rules[c]];
        }

        return result;
    }
}
