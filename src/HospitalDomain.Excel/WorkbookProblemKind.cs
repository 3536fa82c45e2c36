namespace HospitalDomain.Excel;

/// <summary>What is wrong with a cell of a metric workbook.</summary>
public enum WorkbookProblemKind
{
    /// <summary>The workbook cannot be opened as an .xlsx file at all.</summary>
    UnreadableWorkbook = 0,

    /// <summary>The sheet has no value in any cell.</summary>
    EmptySheet,

    /// <summary>A header cell is part of a merged range: every header cell must stand alone.</summary>
    MergedHeader,

    /// <summary>A value cell holds text that is not a number.</summary>
    NotANumber,

    /// <summary>A number that the metric cannot take, such as a fraction of a count or a negative count.</summary>
    InvalidValue,

    /// <summary>A metric name or code is not in the catalogue.</summary>
    UnknownMetric,

    /// <summary>A metric already has a value for the same entity and period.</summary>
    DuplicateMetric,

    /// <summary>No entity is given: no 机构 cell, column or sheet name, or an empty 机构 cell.</summary>
    MissingEntity,

    /// <summary>No period is given: no 期间 cell, column or sheet name.</summary>
    MissingPeriod,

    /// <summary>A period cell does not hold a period such as 2023, 2023H1, 2023Q4 or 2023-03.</summary>
    InvalidPeriod,

    /// <summary>An entity is given two different peer groups (同级组).</summary>
    ConflictingPeerGroup,
}
