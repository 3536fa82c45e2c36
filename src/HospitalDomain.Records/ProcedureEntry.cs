using NodaTime;

namespace HospitalDomain.Records;

/// <summary>One operation or procedure entry of a front page (手术及操作, the n-th of SSJCZBMn, SSJCZRQn, SSJBn, QKYHLBn).</summary>
/// <param name="Number">The entry's number n, from 1.</param>
/// <param name="Code">The procedure code SSJCZBMn (ICD-9-CM-3, 国家临床版).</param>
/// <param name="Date">The operation date SSJCZRQn, or null when not given.</param>
/// <param name="Level">The operation level SSJBn (RC029 手术级别: 1 to 4), or null when not given (a diagnostic or therapeutic procedure).</param>
/// <param name="IncisionHealing">The incision class and healing grade (RC014 切口愈合等级: 0; 1, 2, 3, 10 for class I …), or null when not given.</param>
public sealed record ProcedureEntry(int Number, string Code, LocalDate? Date, int? Level, int? IncisionHealing);
