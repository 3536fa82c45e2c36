using HospitalDomain.Departments;

namespace HospitalDomain.EntityFrameworkCore.Schema;

/// <summary>A department of a hospital in the ready schema (table <c>departments</c>, key hospital and code).</summary>
/// <remarks>An EF Core entity; equality is by reference.</remarks>
public sealed class DepartmentRow
{
    /// <summary>Gets the hospital's key (column <c>hospital_id</c>, a foreign key to <c>hospitals</c>).</summary>
    public required string HospitalId { get; init; }

    /// <summary>Gets the department code (column <c>code</c>), as the front pages' CYKB gives it.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the name (column <c>name</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the clinical subject (诊疗科目, column <c>subject</c>), or null.</summary>
    public ClinicalSubjectCode? Subject { get; init; }

    /// <summary>Creates the row of <paramref name="department"/> of the hospital <paramref name="hospitalId"/>.</summary>
    /// <param name="hospitalId">The hospital's key.</param>
    /// <param name="department">The department.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="hospitalId"/> is blank.</exception>
    public static DepartmentRow FromDepartment(string hospitalId, Department department)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hospitalId);
        ArgumentNullException.ThrowIfNull(department);
        return new DepartmentRow { HospitalId = hospitalId, Code = department.Code, Name = department.Name, Subject = department.SubjectCode };
    }
}
