namespace HospitalDomain.EntityFrameworkCore.Schema;

/// <summary>
/// One accepted inpatient front page (住院病案首页) in the ready schema (table <c>discharge_records</c>),
/// with the national interface field names as column names and no personal column.
/// </summary>
/// <remarks>
/// <para>
/// The key is the stay (<c>zzjgdm</c>, <c>bah</c>, <c>zycs</c>). The properties here are the fields
/// every record has; the other cost fields of §10.3 (<c>xyf</c>, <c>zcyf</c>, <c>hcyyclf</c> … every
/// field of <c>FrontPageFields.CostFields</c> but ZFY) and the procedure entries
/// (<c>ssjczbm1</c>, <c>ssjb1</c>, <c>qkyhlb1</c> … up to <see cref="ProcedureSlots"/>) are columns
/// mapped as EF Core shadow properties named by their national field (<c>XYF</c>, <c>SSJCZBM1</c>,
/// <c>SSJB1</c>, <c>QKYHLB1</c>): query them with <c>EF.Property&lt;decimal?&gt;(row, "XYF")</c>. The
/// incision column holds QKYHLBn, or QKDJn when the export had only that.
/// </para>
/// <para>
/// There is no name, identity number, birth date, address or telephone column: the metrics do not
/// need them and the loader never reads them. An EF Core entity; equality is by reference.
/// </para>
/// </remarks>
public sealed class DischargeRecordRow
{
    /// <summary>Gets the number of procedure entries a row holds (columns ssjczbm1 … ssjczbm10 and their levels and incisions).</summary>
    public static int ProcedureSlots => 10;

    /// <summary>Gets the organization code ZZJGDM (组织机构代码, column <c>zzjgdm</c>).</summary>
    public required string HospitalCode { get; init; }

    /// <summary>Gets the case number BAH (病案号, column <c>bah</c>).</summary>
    public required string CaseNumber { get; init; }

    /// <summary>Gets the admission count ZYCS (住院次数, column <c>zycs</c>), from 1.</summary>
    public required int AdmissionNumber { get; init; }

    /// <summary>Gets the sex code XB (RC001, column <c>xb</c>), or null.</summary>
    public int? Sex { get; init; }

    /// <summary>Gets the admission RYSJ (入院时间, column <c>rysj</c>, a timestamp without time zone).</summary>
    public required DateTime Admission { get; init; }

    /// <summary>Gets the discharge CYSJ (出院时间, column <c>cysj</c>, a timestamp without time zone).</summary>
    public required DateTime Discharge { get; init; }

    /// <summary>Gets the admission department RYKB (入院科别, column <c>rykb</c>), or null.</summary>
    public string? AdmissionDepartment { get; init; }

    /// <summary>Gets the discharge department CYKB (出院科别, column <c>cykb</c>), or null.</summary>
    public string? DischargeDepartment { get; init; }

    /// <summary>Gets the length of stay SJZYTS (实际住院天数, column <c>sjzyts</c>), in days.</summary>
    public required int LengthOfStay { get; init; }

    /// <summary>Gets the principal diagnosis JBDM (主要诊断编码, column <c>jbdm</c>), or null.</summary>
    public string? PrincipalDiagnosis { get; init; }

    /// <summary>Gets the discharge method LYFS (离院方式, RC019, column <c>lyfs</c>).</summary>
    public required int DischargeMethod { get; init; }

    /// <summary>Gets the total cost ZFY (住院总费用, column <c>zfy</c>), in yuan.</summary>
    public required decimal TotalCost { get; init; }

    /// <summary>Gets the DRG group (column <c>drg_group</c>), or null.</summary>
    public string? DrgGroup { get; init; }

    /// <summary>Gets the DRG relative weight (column <c>drg_weight</c>), or null; present only with a group.</summary>
    public decimal? DrgWeight { get; init; }
}
