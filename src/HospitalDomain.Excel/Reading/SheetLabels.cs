namespace HospitalDomain.Excel.Reading;

/// <summary>The labels people write above and beside the figures, in Chinese or English.</summary>
internal static class SheetLabels
{
    public static readonly HashSet<string> Entity = new(["机构", "医院", "机构名称", "医疗机构", "医院名称", "填报单位", "实体", "entity", "hospital"], StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> Period = new(["期间", "报告期", "统计期", "统计期间", "年度", "period"], StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> PeerGroup = new(["同级组", "分组", "组别", "peer group", "peerGroup"], StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> MetricHeader = new(["指标", "指标名称", "指标代码", "项目", "metric", "code"], StringComparer.OrdinalIgnoreCase);

    public static bool Is(HashSet<string> labels, object? value) =>
        value is string text && labels.Contains(MetricNameResolver.Normalize(text).TrimEnd(':', '：'));
}
