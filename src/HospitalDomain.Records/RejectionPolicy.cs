namespace HospitalDomain.Records;

/// <summary>What the reader does with a row that breaks a rule.</summary>
public enum RejectionPolicy
{
    /// <summary>The row is rejected and reported, and reading goes on (the default).</summary>
    RejectRow = 0,

    /// <summary>Reading stops at the first rejected row (in file order); the result says so and counts only the rows up to it.</summary>
    StopAtFirstError,
}
