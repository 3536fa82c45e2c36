using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>Which rule an identifier code broke; <see cref="None"/> for a valid code.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum CodeValidationError
{
    /// <summary>The code is valid.</summary>
    None = 0,

    /// <summary>The code is empty or white space.</summary>
    Empty,

    /// <summary>The code has the wrong number of characters.</summary>
    Length,

    /// <summary>A character is outside the code's character set.</summary>
    Character,

    /// <summary>The registration authority code (登记管理部门代码, USCC position 1) is not defined.</summary>
    RegistrationAuthority,

    /// <summary>The organization category code (机构类别代码, USCC position 2) is not defined for the registration authority.</summary>
    OrganizationCategory,

    /// <summary>The administrative region code (行政区划码, USCC positions 3–8) is not six digits.</summary>
    RegionCode,

    /// <summary>The embedded organization code (主体标识码, USCC positions 9–17) fails its GB 11714 check.</summary>
    EmbeddedOrganizationCode,

    /// <summary>The check character (校验码) does not match the one computed from the other characters.</summary>
    CheckCharacter,
}
