namespace HospitalDomain.Excel;

/// <summary>The two ways a workbook of metric values is laid out.</summary>
public enum WorkbookLayout
{
    /// <summary>
    /// One row per metric (the fill-in form, 填报表): the entity and the period in label cells at the
    /// top (机构 | H1, 期间 | 2023) or in the sheet name ("H1 2023"), then a row per metric with the
    /// metric's code or Chinese name in column A and its value in column B. One metric set per sheet.
    /// </summary>
    MetricRows = 0,

    /// <summary>
    /// One row per entity (the summary table, 汇总表): a header row with 机构, optionally 期间, and a
    /// column per metric; each row below is one metric set. A sheet without a 期间 column takes the
    /// period from its name.
    /// </summary>
    EntityRows,
}
