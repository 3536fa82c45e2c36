using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Departments;

/// <summary>The kind of a hospital department.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum DepartmentKind
{
    /// <summary>A clinical department (临床科室) that treats patients, such as 心血管内科.</summary>
    Clinical = 0,

    /// <summary>A medical-technical department (医技科室), such as 检验科, 放射科 or 病理科.</summary>
    MedicalTechnical,

    /// <summary>A nursing unit (护理单元), a ward run by a head nurse.</summary>
    NursingUnit,

    /// <summary>An administrative office (行政职能科室), such as 医务处 or 财务科.</summary>
    Administrative,

    /// <summary>A logistics service (后勤保障科室), such as 总务科 or 设备科.</summary>
    Logistics,
}
