using System.Collections.Immutable;
using NodaTime;

namespace HospitalDomain.Records;

/// <summary>
/// The fields of one inpatient front page (住院病案首页) that the indicators need, validated: no
/// personal information is part of it.
/// </summary>
/// <remarks>
/// Built by <see cref="FrontPageReader.ReadRecords"/> for every row that passes validation, and
/// passed to custom <see cref="RecordMetricRule"/>s. Amounts are in yuan (元). Equality is by
/// reference.
/// </remarks>
public sealed class DischargeRecord
{
    internal DischargeRecord(
        long line,
        string hospitalCode,
        string caseNumber,
        int admissionNumber,
        int? sex,
        LocalDateTime admission,
        LocalDateTime discharge,
        string? admissionDepartment,
        string? dischargeDepartment,
        int lengthOfStay,
        string? principalDiagnosis,
        int dischargeMethod,
        ImmutableArray<ProcedureEntry> procedures,
        ImmutableDictionary<string, decimal> costs,
        string? drgGroup,
        decimal? drgWeight)
    {
        Line = line;
        HospitalCode = hospitalCode;
        CaseNumber = caseNumber;
        AdmissionNumber = admissionNumber;
        Sex = sex;
        Admission = admission;
        Discharge = discharge;
        AdmissionDepartment = admissionDepartment;
        DischargeDepartment = dischargeDepartment;
        LengthOfStay = lengthOfStay;
        PrincipalDiagnosis = principalDiagnosis;
        DischargeMethod = dischargeMethod;
        Procedures = procedures;
        Costs = costs;
        DrgGroup = drgGroup;
        DrgWeight = drgWeight;
    }

    /// <summary>Gets the 1-based line number where the row starts.</summary>
    public long Line { get; }

    /// <summary>Gets the organization code ZZJGDM (组织机构代码).</summary>
    public string HospitalCode { get; }

    /// <summary>Gets the case number BAH (病案号), the hospital's key of the record, not a personal identifier.</summary>
    public string CaseNumber { get; }

    /// <summary>Gets the admission count ZYCS (住院次数), from 1.</summary>
    public int AdmissionNumber { get; }

    /// <summary>Gets the sex code XB (RC001: 0, 1, 2, 9), or null when the export has none.</summary>
    public int? Sex { get; }

    /// <summary>Gets the admission RYSJ; midnight when the export gives the date only.</summary>
    public LocalDateTime Admission { get; }

    /// <summary>Gets the discharge CYSJ; midnight when the export gives the date only.</summary>
    public LocalDateTime Discharge { get; }

    /// <summary>Gets the admission department RYKB (入院科别), or null.</summary>
    public string? AdmissionDepartment { get; }

    /// <summary>Gets the discharge department CYKB (出院科别), or null.</summary>
    public string? DischargeDepartment { get; }

    /// <summary>Gets the length of stay SJZYTS (实际住院天数), in days; a same-day stay is 1.</summary>
    public int LengthOfStay { get; }

    /// <summary>Gets the principal diagnosis code JBDM (ICD-10), or null.</summary>
    public string? PrincipalDiagnosis { get; }

    /// <summary>Gets the discharge method LYFS (离院方式, RC019: 1 医嘱离院 … 5 死亡, 9 其他).</summary>
    public int DischargeMethod { get; }

    /// <summary>Gets the procedure entries that have a code, in entry order.</summary>
    public ImmutableArray<ProcedureEntry> Procedures { get; }

    /// <summary>Gets the cost fields that have a value (ZFY and the §10.3 items, by national field name), in yuan.</summary>
    public ImmutableDictionary<string, decimal> Costs { get; }

    /// <summary>Gets the total cost ZFY (住院总费用), in yuan.</summary>
    public decimal TotalCost => Costs[FrontPageFields.TotalCost];

    /// <summary>Gets the DRG group from the column named in <see cref="AggregationRules.DrgGroupField"/>, or null.</summary>
    public string? DrgGroup { get; }

    /// <summary>Gets the DRG relative weight from the column named in <see cref="AggregationRules.DrgWeightField"/>, or null.</summary>
    public decimal? DrgWeight { get; }

    /// <summary>Returns the sum of the named cost fields that have a value, or null when none has.</summary>
    /// <param name="fields">National field names such as XYF, ZCYF, ZCYF1.</param>
    /// <returns>The sum in yuan, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    public decimal? SumOfCosts(IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        decimal? sum = null;
        foreach (var field in fields)
        {
            if (Costs.TryGetValue(field, out var amount))
            {
                sum = (sum ?? 0m) + amount;
            }
        }

        return sum;
    }

    /// <summary>Returns "ZZJGDM BAH/ZYCS discharged CYSJ (line n)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"{HospitalCode} {CaseNumber}/{AdmissionNumber} discharged {Discharge:yyyy-MM-dd} (line {Line})");
}
