using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HospitalDomain.EntityFrameworkCore.Conversion;

/// <summary>
/// The change-tracking comparer of an immutable value type of HospitalDomain: equality is the type's
/// own <see cref="IEquatable{T}"/>, the hash its <see cref="object.GetHashCode"/>, and a snapshot is
/// the value itself (nothing inside it can change).
/// </summary>
/// <typeparam name="T">The value type, such as <see cref="ReportingPeriod"/>.</typeparam>
/// <remarks>Stateless and thread-safe. Used by <see cref="HospitalDomainConventions.ApplyHospitalDomainConventions"/> for every mapped value type.</remarks>
public sealed class HospitalDomainValueComparer<T> : ValueComparer<T>
    where T : struct, IEquatable<T>
{
    /// <summary>Creates the comparer.</summary>
    public HospitalDomainValueComparer()
        : base((left, right) => left.Equals(right), value => value.GetHashCode(), value => value)
    {
    }
}
