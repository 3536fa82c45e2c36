using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain;
using HospitalDomain.Metrics;
using HospitalDomain.Organizations;
using NodaTime;
using NodaTime.Text;

namespace HospitalDomain.Consumer.Tests;

/// <summary>The consumer's own record holding library types, and a date of its own.</summary>
/// <param name="WardName">A name of the consumer's (two words, so that a naming policy shows).</param>
/// <param name="Hospital">A library entity.</param>
/// <param name="Figures">A library value written through its document, or null.</param>
/// <param name="OpenedOn">A NodaTime date of the consumer's.</param>
public sealed record Ward(string WardName, Hospital Hospital, MetricSet? Figures, LocalDate OpenedOn);

/// <summary>
/// The consumer's own source-generated context, as an AOT application declares it: the library's
/// types inside the consumer's collections and records, and the consumer's own ISO date converter
/// (the library's is added only by <c>ConfigureForHospitalDomain</c>).
/// </summary>
[JsonSourceGenerationOptions(Converters = [typeof(IsoLocalDateConverter)])]
[JsonSerializable(typeof(List<Hospital>))]
[JsonSerializable(typeof(Dictionary<string, MetricSet>))]
[JsonSerializable(typeof(ImmutableArray<ReportingPeriod>))]
[JsonSerializable(typeof(Dictionary<ReportingPeriod, decimal>))]
[JsonSerializable(typeof(Ward))]
internal sealed partial class ConsumerJsonContext : JsonSerializerContext;

/// <summary>The consumer's own converter for NodaTime dates, ISO yyyy-MM-dd, as a user without the library's options writes one.</summary>
public sealed class IsoLocalDateConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LocalDatePattern.Iso.Parse(reader.GetString()!).GetValueOrThrow();

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}

/// <summary>The library values the tests serialize, built through the public API.</summary>
internal static class Samples
{
    public static Hospital Hebei { get; } = new(
        "河北省中医院",
        englishName: "Hebei Provincial Hospital of Traditional Chinese Medicine",
        aliases: ["河北中医学院第一附属医院"],
        organizationCode: OrganizationCode.Parse("D2143569-X"),
        identifiers: [new HospitalIdentifier(HospitalIdentifierKind.MedicalInsurance, "H13010200001")],
        category: HospitalCategory.TraditionalChineseMedicine,
        rating: HospitalRating.TertiaryGradeA,
        managementType: ManagementType.NonProfit,
        affiliations: [new Affiliation(AffiliationKind.AffiliatedHospital, "河北中医学院", since: 1958)],
        designations: [new Designation("国家中医住培基地", year: 2021, grantedBy: "国家中医药管理局")],
        campuses: [new Campus("康复新院", status: CampusStatus.UnderConstruction)]);

    public static Hospital Shouyang { get; } = new("寿阳县医疗集团人民医院", aliases: ["寿阳县人民医院"], parentGroup: "寿阳县医疗集团");

    public static MetricSet Xuzhou2021 { get; } = MetricSet.CreateBuilder(MetricCatalogue.Standard, "徐州市中心医院", ReportingPeriod.Year(2021))
        .Set("discharges", 159500m)
        .Set("surgeries", 95700m)
        .Set("level4Surgeries", 37438m)
        .Build();

    public static MetricSet Xuzhou2023H1 { get; } = MetricSet.CreateBuilder(MetricCatalogue.Standard, "徐州市中心医院", ReportingPeriod.HalfYear(2023, 1))
        .Set("dischargedPatientBedDays", 622050.5m)
        .Build();

    public static ImmutableArray<ReportingPeriod> Periods { get; } =
    [
        ReportingPeriod.Year(2023),
        ReportingPeriod.HalfYear(2023, 1),
        ReportingPeriod.Quarter(2023, 4),
        ReportingPeriod.Month(2023, 3),
        ReportingPeriod.Custom(new LocalDate(2023, 1, 1), new LocalDate(2023, 7, 31)),
    ];

    public static Ward CardiologyWard { get; } = new("Cardiology ward", Hebei, Xuzhou2021, new LocalDate(2020, 5, 1));
}
