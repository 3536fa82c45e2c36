using HospitalDomain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace HospitalDomain.EntityFrameworkCore.Schema;

/// <summary>The ready schema: tables for hospitals, departments, metric values, indicator results, assessments and discharge records.</summary>
/// <remarks>
/// Table and column names are lower case with underscores (the record columns are the national
/// field names in lower case), so that SQL written by hand needs no quoting in PostgreSQL. The
/// schema needs the value types mapped: call
/// <see cref="HospitalDomainConventions.ApplyHospitalDomainConventions"/> in <c>ConfigureConventions</c>.
/// </remarks>
public static class HospitalDomainSchema
{
    /// <summary>Adds the tables of the ready schema to a model.</summary>
    /// <param name="modelBuilder">The builder passed to <c>DbContext.OnModelCreating</c>.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is null.</exception>
    public static ModelBuilder ApplyHospitalDomainSchema(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<HospitalRow>(e =>
        {
            e.ToTable("hospitals");
            e.HasKey(h => h.Id);
            e.Property(h => h.Id).HasColumnName("id");
            e.Property(h => h.Name).HasColumnName("name");
            e.Property(h => h.Region).HasColumnName("region");
            e.Property(h => h.CreditCode).HasColumnName("credit_code");
            e.Property(h => h.OrganizationCode).HasColumnName("organization_code");
            e.Property(h => h.Rating).HasColumnName("rating");
        });
        modelBuilder.Entity<DepartmentRow>(e =>
        {
            e.ToTable("departments");
            e.HasKey(d => new { d.HospitalId, d.Code });
            e.Property(d => d.HospitalId).HasColumnName("hospital_id");
            e.Property(d => d.Code).HasColumnName("code");
            e.Property(d => d.Name).HasColumnName("name");
            e.Property(d => d.Subject).HasColumnName("subject");
            e.HasOne<HospitalRow>().WithMany().HasForeignKey(d => d.HospitalId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MetricValueRow>(e =>
        {
            e.ToTable("metric_values");
            e.HasKey(v => new { v.Entity, v.Period, v.Metric });
            e.Property(v => v.Entity).HasColumnName("entity");
            e.Property(v => v.Period).HasColumnName("period");
            e.Property(v => v.Metric).HasColumnName("metric").HasMaxLength(64);
            e.Property(v => v.Value).HasColumnName("value");
            e.HasIndex(v => new { v.Metric, v.Period });
        });
        modelBuilder.Entity<IndicatorResultRow>(e =>
        {
            e.ToTable("indicator_results");
            e.HasKey(r => new { r.Entity, r.Period, r.Edition, r.Indicator });
            e.Property(r => r.Entity).HasColumnName("entity");
            e.Property(r => r.Period).HasColumnName("period");
            e.Property(r => r.Edition).HasColumnName("edition").HasMaxLength(64);
            e.Property(r => r.Indicator).HasColumnName("indicator").HasMaxLength(64);
            e.Property(r => r.Serial).HasColumnName("serial").HasMaxLength(16);
            e.Property(r => r.Status).HasColumnName("status").HasConversion(s => StatusName(s), text => ParseStatus(text)).HasMaxLength(16);
            e.Property(r => r.Value).HasColumnName("value");
            e.Property(r => r.Numerator).HasColumnName("numerator");
            e.Property(r => r.Denominator).HasColumnName("denominator");
            e.Property(r => r.MissingMetrics).HasColumnName("missing_metrics");
        });
        modelBuilder.Entity<AssessmentRow>(e =>
        {
            e.ToTable("assessments");
            e.HasKey(a => new { a.Scheme, a.Period, a.Entity });
            e.Property(a => a.Scheme).HasColumnName("scheme").HasMaxLength(64);
            e.Property(a => a.Period).HasColumnName("period");
            e.Property(a => a.Entity).HasColumnName("entity");
            e.Property(a => a.PeerGroup).HasColumnName("peer_group");
            e.Property(a => a.Total).HasColumnName("total");
            e.Property(a => a.Grade).HasColumnName("grade").HasMaxLength(16);
            e.Property(a => a.Rank).HasColumnName("rank");
            e.Property(a => a.PeerCount).HasColumnName("peer_count");
            e.Property(a => a.Lifted).HasColumnName("lifted");
            e.Property(a => a.Cost).HasColumnName("cost");
            e.Property(a => a.PreviousTotal).HasColumnName("previous_total");
            e.Property(a => a.PreviousGrade).HasColumnName("previous_grade").HasMaxLength(16);
        });
        modelBuilder.Entity<AssessmentPointRow>(e =>
        {
            e.ToTable("assessment_points");
            e.HasKey(p => new { p.Scheme, p.Period, p.Entity, p.Indicator });
            e.Property(p => p.Scheme).HasColumnName("scheme").HasMaxLength(64);
            e.Property(p => p.Period).HasColumnName("period");
            e.Property(p => p.Entity).HasColumnName("entity");
            e.Property(p => p.Indicator).HasColumnName("indicator").HasMaxLength(64);
            e.Property(p => p.Dimension).HasColumnName("dimension");
            e.Property(p => p.Weight).HasColumnName("weight");
            e.Property(p => p.Points).HasColumnName("points");
            e.Property(p => p.IndicatorValue).HasColumnName("indicator_value");
            e.Property(p => p.PercentileRank).HasColumnName("percentile_rank");
            e.Property(p => p.Missing).HasColumnName("missing");
            e.Property(p => p.Rank).HasColumnName("rank");
            e.HasOne<AssessmentRow>().WithMany().HasForeignKey(p => new { p.Scheme, p.Period, p.Entity }).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DischargeRecordRow>(e =>
        {
            e.ToTable("discharge_records");
            e.HasKey(r => new { r.HospitalCode, r.CaseNumber, r.AdmissionNumber });
            var order = 0;
            foreach (var column in RecordColumns.All)
            {
                var property = e.Property(column.ClrType, column.Property).HasColumnName(column.Name).HasColumnOrder(order++);
                if (column.Precision is { } precision)
                {
                    property.HasPrecision(precision, column.Scale);
                }

                if (column.StoreType is { } storeType)
                {
                    property.HasColumnType(storeType);
                }
            }
        });
        return modelBuilder;
    }

    private static string StatusName(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Computed => "computed",
        IndicatorStatus.NotComputable => "notComputable",
        IndicatorStatus.MissingData => "missingData",
        IndicatorStatus.Qualitative => "qualitative",
        IndicatorStatus.NotApplicable => "notApplicable",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "status is not a defined IndicatorStatus."),
    };

    private static IndicatorStatus ParseStatus(string text) => text switch
    {
        "computed" => IndicatorStatus.Computed,
        "notComputable" => IndicatorStatus.NotComputable,
        "missingData" => IndicatorStatus.MissingData,
        "qualitative" => IndicatorStatus.Qualitative,
        "notApplicable" => IndicatorStatus.NotApplicable,
        _ => throw new FormatException($"'{text}' is not an indicator status; expected computed, notComputable, missingData, qualitative or notApplicable."),
    };
}
