using HospitalDomain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace HospitalDomain.EntityFrameworkCore.Schema;

/// <summary>The ready schema: tables for hospitals, departments, metric values, indicator results, assessments and discharge records.</summary>
/// <remarks>
/// Table and column names are lower case with underscores (a property PeerGroup is the column
/// peer_group; the record columns are the national field names in lower case), so that SQL written by hand needs no quoting in PostgreSQL. The
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
        });
        modelBuilder.Entity<DepartmentRow>(e =>
        {
            e.ToTable("departments");
            e.HasKey(d => new { d.HospitalId, d.Code });
            e.HasOne<HospitalRow>().WithMany().HasForeignKey(d => d.HospitalId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MetricValueRow>(e =>
        {
            e.ToTable("metric_values");
            e.HasKey(v => new { v.Entity, v.Period, v.Metric });
            e.Property(v => v.Metric).HasMaxLength(64);
            e.HasIndex(v => new { v.Metric, v.Period });
        });
        modelBuilder.Entity<IndicatorResultRow>(e =>
        {
            e.ToTable("indicator_results");
            e.HasKey(r => new { r.Entity, r.Period, r.Edition, r.Indicator });
            e.Property(r => r.Edition).HasMaxLength(64);
            e.Property(r => r.Indicator).HasMaxLength(64);
            e.Property(r => r.Serial).HasMaxLength(16);
            e.Property(r => r.Status).HasConversion(s => StatusName(s), text => ParseStatus(text)).HasMaxLength(16);
        });
        modelBuilder.Entity<AssessmentRow>(e =>
        {
            e.ToTable("assessments");
            e.HasKey(a => new { a.Scheme, a.Period, a.Entity });
            e.Property(a => a.Scheme).HasMaxLength(64);
            e.Property(a => a.Grade).HasMaxLength(16);
            e.Property(a => a.PreviousGrade).HasMaxLength(16);
        });
        modelBuilder.Entity<AssessmentPointRow>(e =>
        {
            e.ToTable("assessment_points");
            e.HasKey(p => new { p.Scheme, p.Period, p.Entity, p.Indicator });
            e.Property(p => p.Scheme).HasMaxLength(64);
            e.Property(p => p.Indicator).HasMaxLength(64);
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
        foreach (var type in new[] { typeof(HospitalRow), typeof(DepartmentRow), typeof(MetricValueRow), typeof(IndicatorResultRow), typeof(AssessmentRow), typeof(AssessmentPointRow) })
        {
            foreach (var property in modelBuilder.Entity(type).Metadata.GetDeclaredProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }

        return modelBuilder;
    }

    /// <summary>PeerGroup → peer_group: the column name of a property.</summary>
    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

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
