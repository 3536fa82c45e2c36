using HospitalDomain.EntityFrameworkCore.Schema;
using Microsoft.EntityFrameworkCore;

namespace HospitalDomain.EntityFrameworkCore;

/// <summary>
/// A context over the ready schema (<see cref="HospitalDomainSchema"/>) with the value types mapped
/// (<see cref="HospitalDomainConventions"/>): derive from it to add your own tables, or use
/// <see cref="PostgreSqlHospitalDomainContext"/> or <see cref="SqliteHospitalDomainContext"/>, which
/// carry the migrations of their provider.
/// </summary>
/// <remarks>Like every <see cref="DbContext"/>: short-lived, one unit of work, not thread-safe.</remarks>
public abstract class HospitalDomainDbContext : DbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">The options, naming the provider and the connection.</param>
    protected HospitalDomainDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Gets the hospitals (table <c>hospitals</c>).</summary>
    public DbSet<HospitalRow> Hospitals => Set<HospitalRow>();

    /// <summary>Gets the departments (table <c>departments</c>).</summary>
    public DbSet<DepartmentRow> Departments => Set<DepartmentRow>();

    /// <summary>Gets the metric values in long form (table <c>metric_values</c>).</summary>
    public DbSet<MetricValueRow> MetricValues => Set<MetricValueRow>();

    /// <summary>Gets the indicator results (table <c>indicator_results</c>).</summary>
    public DbSet<IndicatorResultRow> IndicatorResults => Set<IndicatorResultRow>();

    /// <summary>Gets the assessments (table <c>assessments</c>).</summary>
    public DbSet<AssessmentRow> Assessments => Set<AssessmentRow>();

    /// <summary>Gets the points of the assessments (table <c>assessment_points</c>).</summary>
    public DbSet<AssessmentPointRow> AssessmentPoints => Set<AssessmentPointRow>();

    /// <summary>Gets the discharge records (table <c>discharge_records</c>).</summary>
    public DbSet<DischargeRecordRow> DischargeRecords => Set<DischargeRecordRow>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.ApplyHospitalDomainConventions();
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyHospitalDomainSchema();
    }
}
