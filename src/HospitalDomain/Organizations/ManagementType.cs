using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>How a medical institution is managed for tax and pricing purposes (机构分类管理).</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum ManagementType
{
    /// <summary>Non-profit (非营利性医疗机构); public hospitals are non-profit.</summary>
    NonProfit = 0,

    /// <summary>For-profit (营利性医疗机构).</summary>
    ForProfit,

    /// <summary>Other health institutions (其他卫生机构).</summary>
    Other,
}
