using System.Globalization;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Departments;

/// <summary>
/// A code of 《医疗机构诊疗科目名录》 (the catalogue of clinical subjects a medical institution may
/// be licensed for): a subject such as <c>03</c> 内科, a specialty such as <c>03.04</c> 心血管内科专业,
/// or an item such as <c>04.01.01</c> 肝脏移植项目.
/// </summary>
/// <remarks>
/// <para>
/// One to three groups of two digits. The canonical form is dotted; parsing also accepts the
/// undotted form of the 病案首页 interface (RC023: <c>0304</c>, <c>040101</c>), and
/// <see cref="ToCompactString"/> writes it. Note that the two editions of the catalogue give some
/// codes different meanings (12.01 is 牙体牙髓病专业 in the revised list, 1201 口腔内科专业 in RC023):
/// a code is looked up in a <see cref="ClinicalSubjectCatalogue"/> of a named edition.
/// </para>
/// <para>
/// Codes order naturally by their digits, a parent before its children (03 &lt; 03.01 &lt; 03.02 &lt; 04).
/// The default value is <c>00</c>, which is not in any catalogue.
/// </para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public readonly struct ClinicalSubjectCode : IEquatable<ClinicalSubjectCode>, IComparable<ClinicalSubjectCode>, IComparable
{
    // Packed as three two-digit groups: subject * 10000 + specialty * 100 + item, with the depth apart.
    private readonly int _packed;
    private readonly byte _depth;

    private ClinicalSubjectCode(int packed, byte depth)
    {
        _packed = packed;
        _depth = depth;
    }

    /// <summary>Gets the depth: 1 for a subject (03), 2 for a specialty (03.04), 3 for an item (04.01.01).</summary>
    public int Depth => Math.Max((int)_depth, 1);

    /// <summary>Gets the subject number, the first two digits.</summary>
    public int Subject => _packed / 10000;

    /// <summary>Gets the specialty number within the subject, or 0 for a subject.</summary>
    public int Specialty => _packed / 100 % 100;

    /// <summary>Gets the item number within the specialty, or 0.</summary>
    public int Item => _packed % 100;

    /// <summary>Gets a value indicating whether this is a subject (depth 1).</summary>
    public bool IsTopLevel => Depth == 1;

    /// <summary>Gets the code one level up: 03 for 03.04, 04.01 for 04.01.01; null for a subject.</summary>
    public ClinicalSubjectCode? Parent => Depth switch
    {
        3 => new ClinicalSubjectCode(_packed - Item, 2),
        2 => new ClinicalSubjectCode(Subject * 10000, 1),
        _ => null,
    };

    /// <summary>Parses "03", "03.04", "04.01.01" or the undotted "0304", "040101".</summary>
    /// <param name="text">The code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a code; the message quotes it.</exception>
    public static ClinicalSubjectCode Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not a clinical subject code; expected two digits, optionally followed by .NN and .NN (03, 03.04, 04.01.01) or the same digits without dots (0304).");
    }

    /// <summary>Tries to parse a code; see <see cref="Parse"/>.</summary>
    /// <param name="text">The code, or null.</param>
    /// <param name="code">The code, or the default value.</param>
    /// <returns>True when <paramref name="text"/> is a code.</returns>
    public static bool TryParse(string? text, out ClinicalSubjectCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }

        Span<int> groups = stackalloc int[3];
        var depth = 0;
        var span = text.AsSpan();
        var dotted = span.Contains('.');
        var i = 0;
        while (i < span.Length)
        {
            if (depth == 3 || i + 2 > span.Length || !char.IsAsciiDigit(span[i]) || !char.IsAsciiDigit(span[i + 1]))
            {
                return false;
            }

            groups[depth++] = ((span[i] - '0') * 10) + (span[i + 1] - '0');
            i += 2;
            if (dotted && i < span.Length)
            {
                if (span[i] != '.' || i + 1 == span.Length)
                {
                    return false;
                }

                i++;
            }
        }

        if (depth == 0 || (depth >= 2 && groups[1] == 0) || (depth == 3 && groups[2] == 0))
        {
            return false;
        }

        code = new ClinicalSubjectCode((groups[0] * 10000) + (groups[1] * 100) + groups[2], (byte)depth);
        return true;
    }

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(ClinicalSubjectCode left, ClinicalSubjectCode right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ClinicalSubjectCode left, ClinicalSubjectCode right) => !left.Equals(right);

    /// <summary>Compares two codes in catalogue order.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> comes first.</returns>
    public static bool operator <(ClinicalSubjectCode left, ClinicalSubjectCode right) => left.CompareTo(right) < 0;

    /// <summary>Compares two codes in catalogue order.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> comes first or they are equal.</returns>
    public static bool operator <=(ClinicalSubjectCode left, ClinicalSubjectCode right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two codes in catalogue order.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> comes later.</returns>
    public static bool operator >(ClinicalSubjectCode left, ClinicalSubjectCode right) => left.CompareTo(right) > 0;

    /// <summary>Compares two codes in catalogue order.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> comes later or they are equal.</returns>
    public static bool operator >=(ClinicalSubjectCode left, ClinicalSubjectCode right) => left.CompareTo(right) >= 0;

    /// <summary>Returns whether this code is <paramref name="other"/> or lies under it (03.04 is within 03).</summary>
    /// <param name="other">The possible ancestor.</param>
    /// <returns>True when this code equals <paramref name="other"/> or descends from it.</returns>
    public bool IsWithin(ClinicalSubjectCode other) =>
        Depth >= other.Depth && (other.Depth switch
        {
            1 => Subject == other.Subject,
            2 => _packed / 100 == other._packed / 100,
            _ => _packed == other._packed,
        });

    /// <summary>Returns the undotted form of the 病案首页 interface, such as "0304".</summary>
    /// <returns>The compact form.</returns>
    public string ToCompactString() => Format(string.Empty);

    /// <summary>Returns the dotted canonical form, such as "03.04".</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Format(".");

    /// <inheritdoc />
    public int CompareTo(ClinicalSubjectCode other)
    {
        var byDigits = _packed.CompareTo(other._packed);
        return byDigits != 0 ? byDigits : Depth.CompareTo(other.Depth);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ClinicalSubjectCode"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ClinicalSubjectCode other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a ClinicalSubjectCode.", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(ClinicalSubjectCode other) => _packed == other._packed && Depth == other.Depth;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClinicalSubjectCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_packed, Depth);

    private string Format(string separator) => Depth switch
    {
        1 => Subject.ToString("D2", CultureInfo.InvariantCulture),
        2 => Subject.ToString("D2", CultureInfo.InvariantCulture) + separator + Specialty.ToString("D2", CultureInfo.InvariantCulture),
        _ => Subject.ToString("D2", CultureInfo.InvariantCulture) + separator + Specialty.ToString("D2", CultureInfo.InvariantCulture) + separator + Item.ToString("D2", CultureInfo.InvariantCulture),
    };
}
