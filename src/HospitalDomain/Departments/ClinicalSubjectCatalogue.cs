using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Departments;

/// <summary>
/// An edition of 《医疗机构诊疗科目名录》, the catalogue of clinical subjects: every subject, specialty and
/// item with its code, looked up by code.
/// </summary>
/// <remarks>
/// <para>
/// Two editions are shipped as embedded data, because the sources disagree on 口腔科 (stomatology)
/// and a hospital's data may follow either: <see cref="Baseline"/>, the national baseline with the
/// revised 口腔科 list (12.01 牙体牙髓病专业 … 12.13 其他) and the four sub-items of 医疗美容科, and
/// <see cref="Rc023"/>, the RC023 科别代码 list of the 病案首页 interface with the older 口腔科 list
/// (1201 口腔内科专业 … 1206 其他) and 30.03 named 临床生化检验专业. Both carry status Secondary: three
/// independent third-party sources agree on them. Code 29 is used by no source.
/// </para>
/// <para>
/// A user can load their own edition from the same JSON shape with <see cref="Load(string)"/>.
/// Catalogues are immutable and thread-safe; the shipped ones are loaded once, on first use.
/// </para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public sealed partial class ClinicalSubjectCatalogue
{
    private static readonly Lazy<ClinicalSubjectCatalogue> BaselineEdition = new(() => JsonContract.ReadEmbedded<ClinicalSubjectCatalogue>("ClinicalSubjects.Baseline.json"));
    private static readonly Lazy<ClinicalSubjectCatalogue> Rc023Edition = new(() => JsonContract.ReadEmbedded<ClinicalSubjectCatalogue>("ClinicalSubjects.Rc023.json"));

    private readonly FrozenDictionary<ClinicalSubjectCode, ClinicalSubject> _byCode;

    /// <summary>Creates a catalogue edition.</summary>
    /// <param name="id">A stable identifier such as "clinical-subjects-baseline".</param>
    /// <param name="title">A title naming the edition.</param>
    /// <param name="source">Where the list comes from.</param>
    /// <param name="status">How well established the list is.</param>
    /// <param name="subjects">The entries; codes must be distinct and every specialty's and item's parent must be present.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, an entry is null, a code repeats, or an entry's parent is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public ClinicalSubjectCatalogue(string id, string title, string source, SourceStatus status, IEnumerable<ClinicalSubject> subjects)
    {
        Id = Preconditions.CheckNotBlank(id);
        Title = Preconditions.CheckNotBlank(title);
        Source = Preconditions.CheckNotBlank(source);
        Status = Preconditions.CheckDefined(status);
        Preconditions.CheckNotNull(subjects);
        var given = subjects.ToList();
        Preconditions.CheckArgument(given.TrueForAll(s => s is not null), nameof(subjects), "subjects must not contain null.");
        Subjects = [.. given.OrderBy(s => s.Code)];
        Preconditions.CheckNoDuplicates(Subjects, s => s.Code, nameof(subjects), "code");
        _byCode = Subjects.ToFrozenDictionary(s => s.Code);
        foreach (var subject in Subjects)
        {
            if (subject.Code.Parent is { } parent && !_byCode.ContainsKey(parent))
            {
                Preconditions.ThrowArgument(nameof(subjects), $"subjects contains {subject.Code} but not its parent {parent}.");
            }
        }
    }

    /// <summary>Gets the national baseline edition with the revised 口腔科 list.</summary>
    public static ClinicalSubjectCatalogue Baseline => BaselineEdition.Value;

    /// <summary>Gets the RC023 edition of the 病案首页 interface with the older 口腔科 list.</summary>
    public static ClinicalSubjectCatalogue Rc023 => Rc023Edition.Value;

    /// <summary>Gets the identifier of the edition.</summary>
    public string Id { get; }

    /// <summary>Gets the title of the edition.</summary>
    public string Title { get; }

    /// <summary>Gets where the list comes from.</summary>
    public string Source { get; }

    /// <summary>Gets how well established the list is.</summary>
    public SourceStatus Status { get; }

    /// <summary>Gets every entry in code order.</summary>
    public ImmutableArray<ClinicalSubject> Subjects { get; }

    /// <summary>Gets the entry for <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="KeyNotFoundException">The code is not in this edition.</exception>
    public ClinicalSubject this[ClinicalSubjectCode code] =>
        _byCode.TryGetValue(code, out var subject) ? subject : throw new KeyNotFoundException($"{code} is not in the clinical subject catalogue '{Id}'.");

    /// <summary>Gets the entry for a code written as text, such as "03.04" or "0304".</summary>
    /// <param name="code">The code.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="code"/> is not a code.</exception>
    /// <exception cref="KeyNotFoundException">The code is not in this edition.</exception>
    public ClinicalSubject this[string code] => this[ClinicalSubjectCode.Parse(code)];

    /// <summary>Looks up <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="subject">The entry, or null.</param>
    /// <returns>True when the code is in this edition.</returns>
    public bool TryGet(ClinicalSubjectCode code, [NotNullWhen(true)] out ClinicalSubject? subject) => _byCode.TryGetValue(code, out subject);

    /// <summary>Returns whether <paramref name="code"/> is in this edition.</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when present.</returns>
    public bool Contains(ClinicalSubjectCode code) => _byCode.ContainsKey(code);

    /// <summary>Gets the entries one level below <paramref name="code"/>, in code order.</summary>
    /// <param name="code">The parent code.</param>
    /// <returns>The children; empty when there are none.</returns>
    public ImmutableArray<ClinicalSubject> ChildrenOf(ClinicalSubjectCode code) =>
        [.. Subjects.Where(s => s.Code.Parent == code)];

    /// <summary>Loads an edition from JSON of the shape of the shipped files (see docs/json.md).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or describes an invalid catalogue; the path says where.</exception>
    public static ClinicalSubjectCatalogue Load(string json)
    {
        Preconditions.CheckNotNull(json);
        return JsonContract.Read<ClinicalSubjectCatalogue>(json);
    }

    /// <summary>Returns the title.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => $"{Id}: {Title} ({Subjects.Length} entries)";
}
