using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>
/// The kind of health institution by WS 218-2002 《卫生机构（组织）分类与代码》, such as A100 综合医院
/// (general hospital) or A210 中医（综合）医院 (TCM hospital).
/// </summary>
/// <remarks>
/// <para>
/// The whole table of third-level codes (182 items, A100 to Q900) is shipped as embedded data with
/// its source; its status is Secondary (a faithful third-party transcription of the standard).
/// <see cref="Get"/> and <see cref="TryGet"/> look codes up; <see cref="Create"/> makes a category
/// that is not in the table (a local extension), which then carries the status the caller gives.
/// </para>
/// <para>
/// Equality compares every property. The default value is not a category: avoid it, or check
/// <see cref="Code"/> for null.
/// </para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class HospitalCategory
{
    private static readonly Lazy<Catalogue> Table = new(LoadTable);

    private HospitalCategory(string code, string chineseName, string? englishName, SourceStatus status)
    {
        Code = code;
        ChineseName = chineseName;
        EnglishName = englishName;
        Status = Preconditions.CheckDefined(status);
    }

    /// <summary>Gets A100 综合医院, general hospital.</summary>
    public static HospitalCategory General => Get("A100");

    /// <summary>Gets A210 中医（综合）医院, traditional Chinese medicine hospital.</summary>
    public static HospitalCategory TraditionalChineseMedicine => Get("A210");

    /// <summary>Gets A220 中医专科医院, TCM specialty hospital.</summary>
    public static HospitalCategory TraditionalChineseMedicineSpecialty => Get("A220");

    /// <summary>Gets A300 中西医结合医院, integrated Chinese and Western medicine hospital.</summary>
    public static HospitalCategory IntegratedMedicine => Get("A300");

    /// <summary>Gets A519 儿童医院, children's hospital.</summary>
    public static HospitalCategory Children => Get("A519");

    /// <summary>Gets G100 妇幼保健院, maternal and child health hospital.</summary>
    public static HospitalCategory MaternalAndChildHealth => Get("G100");

    /// <summary>Gets C210 中心卫生院, central township health centre.</summary>
    public static HospitalCategory CentralTownshipHealthCentre => Get("C210");

    /// <summary>Gets C220 乡卫生院, township health centre.</summary>
    public static HospitalCategory TownshipHealthCentre => Get("C220");

    /// <summary>Gets B100 社区卫生服务中心, community health service centre.</summary>
    public static HospitalCategory CommunityHealthServiceCentre => Get("B100");

    /// <summary>Gets every category of WS 218-2002, in code order.</summary>
    public static ImmutableArray<HospitalCategory> All => Table.Value.Items;

    /// <summary>Gets the source of the shipped table.</summary>
    public static string CatalogueSource => Table.Value.Source;

    /// <summary>Gets the four-character code, such as "A100".</summary>
    public string Code { get; }

    /// <summary>Gets the Chinese name, such as 综合医院.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name, or null where the table gives none (institutions other than hospitals and health centres).</summary>
    public string? EnglishName { get; }

    /// <summary>Gets how well established the item is: Secondary for the shipped table.</summary>
    public SourceStatus Status { get; }

    /// <summary>Gets a value indicating whether the category is a hospital (codes A100–A539), not a clinic, health centre or other institution.</summary>
    public bool IsHospital => Code[0] == 'A' && string.CompareOrdinal(Code, "A600") < 0;

    /// <summary>Gets the category of <paramref name="code"/> from the shipped table.</summary>
    /// <param name="code">The code, such as "A100".</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The code is not in WS 218-2002.</exception>
    public static HospitalCategory Get(string code)
    {
        Preconditions.CheckNotNull(code);
        return TryGet(code, out var category) ? category : throw new KeyNotFoundException($"'{code}' is not a WS 218-2002 category code.");
    }

    /// <summary>Looks up <paramref name="code"/> in the shipped table.</summary>
    /// <param name="code">The code, or null.</param>
    /// <param name="category">The category, or null.</param>
    /// <returns>True when the code is in the table.</returns>
    public static bool TryGet(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HospitalCategory? category)
    {
        category = null;
        return code is not null && Table.Value.ByCode.TryGetValue(code, out category);
    }

    /// <summary>Creates a category, for codes outside the shipped table or a local variant of one.</summary>
    /// <param name="code">One upper-case letter and three digits, such as "A100".</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="englishName">The English name, or null.</param>
    /// <param name="status">How well established the item is.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="chineseName"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is not a letter and three digits, or the name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    [ContractFactory]
    public static HospitalCategory Create(string code, string chineseName, string? englishName = null, SourceStatus status = SourceStatus.Unconfirmed)
    {
        Preconditions.CheckNotNull(code);
        if (code.Length != 4 || !char.IsAsciiLetterUpper(code[0]) || code.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            Preconditions.ThrowArgument(nameof(code), $"code must be an upper-case letter and three digits such as A100, was '{code}'.");
        }

        return new HospitalCategory(code, Preconditions.CheckNotBlank(chineseName), string.IsNullOrWhiteSpace(englishName) ? null : englishName.Trim(), status);
    }

    /// <summary>Returns "A100 综合医院".</summary>
    /// <returns>The code and the Chinese name.</returns>
    public override string ToString() => $"{Code} {ChineseName}";

    /// <summary>Reads the shipped table (internal: the file shape is not public API).</summary>
    internal static HospitalCategory FromTable(string code, string chineseName, string? englishName, SourceStatus status) =>
        Create(code, chineseName, englishName, status);

    private static Catalogue LoadTable()
    {
        var file = JsonContract.ReadEmbedded<HospitalCategoryTable>("HospitalCategories.json");
        var items = file.Categories.Select(c => FromTable(c.Code, c.ChineseName, c.EnglishName, file.Status)).OrderBy(c => c.Code, StringComparer.Ordinal).ToImmutableArray();
        return new Catalogue(items, items.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal), file.Source);
    }

    private sealed record Catalogue(ImmutableArray<HospitalCategory> Items, FrozenDictionary<string, HospitalCategory> ByCode, string Source);
}

/// <summary>The JSON form of a category outside the shipped table (one of the table is written as its code).</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
internal sealed record HospitalCategoryDocument(string Code, string ChineseName, string? EnglishName, SourceStatus Status);

/// <summary>The shape of the embedded WS 218 table file.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
internal sealed record HospitalCategoryTable(string Id, string Title, string Source, SourceStatus Status, ImmutableArray<HospitalCategoryRow> Categories);

/// <summary>One row of the embedded WS 218 table file.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
internal sealed record HospitalCategoryRow(string Code, string ChineseName, string? EnglishName);
