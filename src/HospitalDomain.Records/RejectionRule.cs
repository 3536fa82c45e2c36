namespace HospitalDomain.Records;

/// <summary>The rule a rejected front-page row breaks; a row is rejected for the first rule it breaks.</summary>
/// <remarks>docs/records.md lists each rule with its exact conditions.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.RecordsJsonConverter))]
public enum RejectionRule
{
    /// <summary>The row has another number of fields than the header.</summary>
    ColumnCount = 0,

    /// <summary>A required field (ZZJGDM, BAH, ZYCS, RYSJ, CYSJ, SJZYTS, LYFS, ZFY; CYKB when grouping by department) is empty.</summary>
    MissingValue,

    /// <summary>A date is not in one of the accepted forms (2023-03-05, 2023-03-05 10:20:00, 20230305 …) or is not a calendar date.</summary>
    InvalidDate,

    /// <summary>A count, a number of days, an age or an amount is not a number of the expected form.</summary>
    InvalidNumber,

    /// <summary>A coded field holds a code outside its RC value table (RC001 性别, RC019 离院方式, RC027 入院病情, RC014 切口愈合等级).</summary>
    NotInValueTable,

    /// <summary>An operation level SSJBn (RC029 手术级别) is not 1, 2, 3 or 4.</summary>
    OperationLevel,

    /// <summary>The discharge (CYSJ) is before the admission (RYSJ).</summary>
    DischargeBeforeAdmission,

    /// <summary>SJZYTS (实际住院天数) differs from the days between admission and discharge dates (a same-day stay counts 1 day).</summary>
    LengthOfStayMismatch,

    /// <summary>A cost field is negative.</summary>
    NegativeCost,

    /// <summary>A cost item exceeds its total: an item above ZFY, a 其中 sub-item above its item, or the items together above ZFY.</summary>
    CostPartsExceedTotal,

    /// <summary>The stay (ZZJGDM, BAH, ZYCS) was already accepted from an earlier row.</summary>
    DuplicateStay,
}
