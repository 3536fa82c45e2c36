using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HospitalDomain.Serialization;

/// <summary>
/// Converts an enumeration of the library to and from its camelCase name, such as
/// <c>"provincial"</c>; integers and unknown names are rejected with a <see cref="JsonException"/>.
/// </summary>
/// <typeparam name="TEnum">The enumeration type.</typeparam>
/// <remarks>
/// Every enumeration of the library carries this converter as an attribute, so it is written as
/// a name with any <see cref="JsonSerializerOptions"/>, and the converter is compatible with
/// trimming and native AOT. Reading is case-insensitive; writing always uses camelCase.
/// </remarks>
public sealed class CamelCaseEnumConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
    : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter: camelCase names, integer values not allowed.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
