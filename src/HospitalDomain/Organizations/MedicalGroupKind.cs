using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>The kind of a group of medical institutions.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum MedicalGroupKind
{
    /// <summary>A medical group (医疗集团) with a lead hospital and managed members.</summary>
    MedicalGroup = 0,

    /// <summary>A county medical community (县域医共体): the county hospitals with the township health centres, run as one.</summary>
    CountyMedicalCommunity,

    /// <summary>A medical alliance (医联体) of hospitals at different levels.</summary>
    MedicalAlliance,

    /// <summary>A specialty alliance (专科联盟) around one discipline.</summary>
    SpecialtyAlliance,

    /// <summary>A telemedicine collaboration network (远程医疗协作网).</summary>
    TelemedicineNetwork,
}
