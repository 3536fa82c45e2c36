using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>What a scheme does with an indicator that has no value for a hospital.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum MissingDataRule
{
    /// <summary>Leave it out and scale the hospital's total by total weight ÷ weight assessed.</summary>
    Renormalise = 0,

    /// <summary>Score it zero points.</summary>
    Zero,
}
