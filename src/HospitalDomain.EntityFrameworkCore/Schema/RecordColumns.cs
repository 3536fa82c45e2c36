using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using HospitalDomain.Records;
using NpgsqlTypes;

namespace HospitalDomain.EntityFrameworkCore.Schema;

/// <summary>One column of <c>discharge_records</c>: its property (a CLR or shadow property), its name, its types and how a record fills it.</summary>
internal sealed record RecordColumn(string Property, string Name, Type ClrType, NpgsqlDbType NpgsqlType, Func<DischargeRecord, object?> Value)
{
    public int? Precision { get; init; }

    public int Scale { get; init; }

    public string? StoreType { get; init; }
}

/// <summary>
/// The columns of the records table, in table order: the one place that says which national field
/// goes to which column. The loader (COPY and INSERT), the schema and the push-down read it; every
/// name a user gives is checked against it before use.
/// </summary>
internal static class RecordColumns
{
    /// <summary>The cost fields stored besides ZFY, upper case, in the order of the form.</summary>
    public static ImmutableArray<string> CostItems { get; } = [.. FrontPageFields.CostFields.Where(f => f != FrontPageFields.TotalCost)];

    public static ImmutableArray<RecordColumn> All { get; } = Build();

    /// <summary>The national field names that are columns (upper case): ZZJGDM … ZFY, the cost items and the procedure fields.</summary>
    public static FrozenSet<string> NationalFields { get; } = All.Where(c => c.Name != "drg_group" && c.Name != "drg_weight").Select(c => c.Name.ToUpperInvariant()).ToFrozenSet(StringComparer.Ordinal);

    public static string CodeProperty(int slot) => string.Create(CultureInfo.InvariantCulture, $"SSJCZBM{slot}");

    public static string LevelProperty(int slot) => string.Create(CultureInfo.InvariantCulture, $"SSJB{slot}");

    public static string IncisionProperty(int slot) => string.Create(CultureInfo.InvariantCulture, $"QKYHLB{slot}");

    /// <summary>Returns the property of the cost field <paramref name="field"/> (any case), or throws naming the option it came from.</summary>
    /// <exception cref="ArgumentException">The field is not a cost column of the table.</exception>
    public static string CostProperty(string field, string option)
    {
        var name = (field ?? string.Empty).Trim().ToUpperInvariant();
        if (name == FrontPageFields.TotalCost || CostItems.Contains(name))
        {
            return name == FrontPageFields.TotalCost ? nameof(DischargeRecordRow.TotalCost) : name;
        }

        throw new ArgumentException($"{option} names '{field}', which is not a cost column of discharge_records; expected one of {string.Join(", ", FrontPageFields.CostFields)}.", option);
    }

    private static ImmutableArray<RecordColumn> Build()
    {
        var timestamp = "timestamp";
        var columns = new List<RecordColumn>
        {
            new(nameof(DischargeRecordRow.HospitalCode), "zzjgdm", typeof(string), NpgsqlDbType.Text, r => r.HospitalCode),
            new(nameof(DischargeRecordRow.CaseNumber), "bah", typeof(string), NpgsqlDbType.Text, r => r.CaseNumber),
            new(nameof(DischargeRecordRow.AdmissionNumber), "zycs", typeof(int), NpgsqlDbType.Integer, r => r.AdmissionNumber),
            new(nameof(DischargeRecordRow.Sex), "xb", typeof(int?), NpgsqlDbType.Integer, r => r.Sex),
            new(nameof(DischargeRecordRow.Admission), "rysj", typeof(DateTime), NpgsqlDbType.Timestamp, r => r.Admission.ToDateTimeUnspecified()) { StoreType = timestamp },
            new(nameof(DischargeRecordRow.Discharge), "cysj", typeof(DateTime), NpgsqlDbType.Timestamp, r => r.Discharge.ToDateTimeUnspecified()) { StoreType = timestamp },
            new(nameof(DischargeRecordRow.AdmissionDepartment), "rykb", typeof(string), NpgsqlDbType.Text, r => r.AdmissionDepartment),
            new(nameof(DischargeRecordRow.DischargeDepartment), "cykb", typeof(string), NpgsqlDbType.Text, r => r.DischargeDepartment),
            new(nameof(DischargeRecordRow.LengthOfStay), "sjzyts", typeof(int), NpgsqlDbType.Integer, r => r.LengthOfStay),
            new(nameof(DischargeRecordRow.PrincipalDiagnosis), "jbdm", typeof(string), NpgsqlDbType.Text, r => r.PrincipalDiagnosis),
            new(nameof(DischargeRecordRow.DischargeMethod), "lyfs", typeof(int), NpgsqlDbType.Integer, r => r.DischargeMethod),
            new(nameof(DischargeRecordRow.TotalCost), "zfy", typeof(decimal), NpgsqlDbType.Numeric, r => r.TotalCost) { Precision = 16, Scale = 4 },
        };
        foreach (var field in CostItems)
        {
            columns.Add(new(field, field.ToLowerInvariant(), typeof(decimal?), NpgsqlDbType.Numeric, r => r.Costs.TryGetValue(field, out var amount) ? amount : null) { Precision = 16, Scale = 4 });
        }

        for (var slot = 1; slot <= DischargeRecordRow.ProcedureSlots; slot++)
        {
            var index = slot - 1;
            columns.Add(new(CodeProperty(slot), CodeProperty(slot).ToLowerInvariant(), typeof(string), NpgsqlDbType.Text, r => index < r.Procedures.Length ? r.Procedures[index].Code : null));
            columns.Add(new(LevelProperty(slot), LevelProperty(slot).ToLowerInvariant(), typeof(int?), NpgsqlDbType.Integer, r => index < r.Procedures.Length ? r.Procedures[index].Level : null));
            columns.Add(new(IncisionProperty(slot), IncisionProperty(slot).ToLowerInvariant(), typeof(int?), NpgsqlDbType.Integer, r => index < r.Procedures.Length ? r.Procedures[index].IncisionHealing : null));
        }

        columns.Add(new(nameof(DischargeRecordRow.DrgGroup), "drg_group", typeof(string), NpgsqlDbType.Text, r => r.DrgGroup));
        columns.Add(new(nameof(DischargeRecordRow.DrgWeight), "drg_weight", typeof(decimal?), NpgsqlDbType.Numeric, r => r.DrgWeight) { Precision = 16, Scale = 8 });
        return [.. columns];
    }
}
