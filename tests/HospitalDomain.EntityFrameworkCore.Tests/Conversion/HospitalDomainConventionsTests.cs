using HospitalDomain.Commendations;
using HospitalDomain.Departments;
using HospitalDomain.EntityFrameworkCore.Conversion;
using HospitalDomain.EntityFrameworkCore.Tests.TestHelpers;
using HospitalDomain.Organizations;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace HospitalDomain.EntityFrameworkCore.Tests.Conversion;

public sealed class HospitalDomainConventionsTests
{
    [Fact]
    public void ApplyHospitalDomainConventions_EveryValueTypeOnSqlite_RoundTrips() => EveryValueTypeRoundTrips(Provider.Sqlite);

    [PostgreSqlFact]
    public void ApplyHospitalDomainConventions_EveryValueTypeOnPostgreSql_RoundTrips() => EveryValueTypeRoundTrips(Provider.PostgreSql);

    [Fact]
    public void ApplyHospitalDomainConventions_QueryByValueOnSqlite_TranslatesTheConstantThroughTheConverter() => QueryByValueTranslates(Provider.Sqlite);

    [PostgreSqlFact]
    public void ApplyHospitalDomainConventions_QueryByValueOnPostgreSql_TranslatesTheConstantThroughTheConverter() => QueryByValueTranslates(Provider.PostgreSql);

    [Fact]
    public void ApplyHospitalDomainConventions_Model_MapsEveryValueTypeToBoundedText()
    {
        using var context = ValueContext.Create(Provider.Sqlite, "Data Source=:memory:");
        var entity = context.Model.FindEntityType(typeof(ValueHolder))!;

        var mapped = entity.GetProperties().Where(p => p.Name != nameof(ValueHolder.Id)).ToList();

        mapped.Should().HaveCount(16);
        mapped.Should().OnlyContain(p => p.GetTypeMapping().Converter!.ProviderClrType == typeof(string) && p.GetMaxLength() > 0);
        mapped.Where(p => !p.IsNullable).Select(p => p.GetValueComparer().GetType().GetGenericTypeDefinition()).Distinct().Should().Equal(typeof(HospitalDomainValueComparer<>));
        entity.FindProperty(nameof(ValueHolder.Period))!.GetMaxLength().Should().Be(21);
        entity.FindProperty(nameof(ValueHolder.CreditCode))!.GetMaxLength().Should().Be(18);
    }

    internal static IReadOnlyList<ValueHolder> Samples() =>
    [
        new()
        {
            Id = 1,
            Period = ReportingPeriod.Year(2023),
            OptionalPeriod = ReportingPeriod.Custom(new LocalDate(2023, 1, 1), new LocalDate(2023, 7, 31)),
            Ratio = Ratio.Of(3407, 95700),
            OptionalRatio = Ratio.Of(-2.5m, 0),
            CreditCode = UnifiedSocialCreditCode.Parse("91350200776049653A"),
            OptionalCreditCode = UnifiedSocialCreditCode.Parse("91350200776049653A"),
            OrganizationCode = OrganizationCode.Parse("77604965-3"),
            OptionalOrganizationCode = OrganizationCode.Parse("77604965-3"),
            Subject = ClinicalSubjectCode.Parse("03.04"),
            OptionalSubject = ClinicalSubjectCode.Parse("03"),
            Figure = ChineseNumber.Parse("260.72万"),
            OptionalFigure = ChineseNumber.Parse("三千余"),
            Rating = HospitalRating.TertiaryGradeA,
            OptionalRating = HospitalRating.Parse("二级未评"),
            DocumentNumber = DocumentNumber.Parse("某医发〔2024〕12号"),
            OptionalDocumentNumber = DocumentNumber.Create("卫医政发", 2011, 33),
        },
        new()
        {
            Id = 2,
            Period = ReportingPeriod.Quarter(2023, 4),
            Ratio = Ratio.Of(0.125m, 3),
            Figure = ChineseNumber.Parse("近1000"),
            Rating = HospitalRating.Unclassified,
            Subject = ClinicalSubjectCode.Parse("03.04.01"),
        },
        new()
        {
            Id = 3,
            Period = ReportingPeriod.Month(2024, 2),
            OptionalPeriod = ReportingPeriod.HalfYear(2024, 1),
            Figure = ChineseNumber.Parse("2.58亿"),
        },
        new() { Id = 4 },
    ];

    private static void EveryValueTypeRoundTrips(Provider provider)
    {
        var samples = Samples();
        using var database = Seeded(provider, samples);
        using var reading = ValueContext.Create(provider, database.ConnectionString);
        var read = reading.Values.AsNoTracking().OrderBy(v => v.Id).ToList();

        read.Should().BeEquivalentTo(samples, o => o.ComparingByValue<ReportingPeriod>().ComparingByValue<Ratio>().ComparingByValue<UnifiedSocialCreditCode>()
            .ComparingByValue<OrganizationCode>().ComparingByValue<ClinicalSubjectCode>().ComparingByValue<ChineseNumber>().ComparingByValue<HospitalRating>()
            .ComparingByValue<DocumentNumber>().WithStrictOrdering());
        read[0].Figure.ToString().Should().Be("260.72万");
        read[0].OptionalFigure!.Value.ToString().Should().Be(samples[0].OptionalFigure!.Value.ToString());
        read[0].OptionalRatio!.Value.IsComputable.Should().BeFalse();
    }

    private static void QueryByValueTranslates(Provider provider)
    {
        using var database = Seeded(provider, Samples());
        using var reading = ValueContext.Create(provider, database.ConnectionString);
        var quarter = ReportingPeriod.Quarter(2023, 4);
        var code = UnifiedSocialCreditCode.Parse("91350200776049653A");

        reading.Values.Where(v => v.Period == quarter).Select(v => v.Id).ToList().Should().Equal(2);
        reading.Values.Where(v => v.OptionalCreditCode == code).Select(v => v.Id).ToList().Should().Equal(1);
        reading.Values.Where(v => v.Rating == HospitalRating.TertiaryGradeA).Select(v => v.Id).ToList().Should().Equal(1);
        reading.Values.Where(v => v.OptionalPeriod == null).Select(v => v.Id).OrderBy(i => i).ToList().Should().Equal(2, 4);
    }

    /// <summary>A database with <see cref="ValueContext"/>'s table, created by EnsureCreated, holding <paramref name="samples"/>.</summary>
    private static TestDatabase Seeded(Provider provider, IReadOnlyList<ValueHolder> samples)
    {
        var database = TestDatabase.Create(provider, migrate: false);
        using var context = ValueContext.Create(provider, database.ConnectionString);
        context.Database.EnsureCreated();
        context.Values.AddRange(samples);
        context.SaveChanges();
        return database;
    }
}

/// <summary>An entity with every mapped value type, plain and nullable.</summary>
public sealed class ValueHolder
{
    public int Id { get; set; }

    public ReportingPeriod Period { get; set; }

    public ReportingPeriod? OptionalPeriod { get; set; }

    public Ratio Ratio { get; set; }

    public Ratio? OptionalRatio { get; set; }

    public UnifiedSocialCreditCode CreditCode { get; set; }

    public UnifiedSocialCreditCode? OptionalCreditCode { get; set; }

    public OrganizationCode OrganizationCode { get; set; }

    public OrganizationCode? OptionalOrganizationCode { get; set; }

    public ClinicalSubjectCode Subject { get; set; }

    public ClinicalSubjectCode? OptionalSubject { get; set; }

    public ChineseNumber Figure { get; set; }

    public ChineseNumber? OptionalFigure { get; set; }

    public HospitalRating Rating { get; set; }

    public HospitalRating? OptionalRating { get; set; }

    public DocumentNumber DocumentNumber { get; set; }

    public DocumentNumber? OptionalDocumentNumber { get; set; }
}

/// <summary>A user's own context: only the conventions call.</summary>
internal sealed class ValueContext(DbContextOptions<ValueContext> options) : DbContext(options)
{
    public DbSet<ValueHolder> Values => Set<ValueHolder>();

    public static ValueContext Create(Provider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<ValueContext>();
        return new ValueContext((provider == Provider.Sqlite ? builder.UseSqlite(connectionString) : builder.UseNpgsql(connectionString)).Options);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.ApplyHospitalDomainConventions();
}
