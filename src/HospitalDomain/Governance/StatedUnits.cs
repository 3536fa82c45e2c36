namespace HospitalDomain.Governance;

/// <summary>The units reports print, by what they measure: counts take 增加 / 减少, days 延长 / 缩短.</summary>
internal static class StatedUnits
{
    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "人次", "例次", "台次", "人", "名", "位", "例", "台", "个", "项", "张", "床", "家", "所", "次", "篇", "部", "支", "种", "辆", "场", "期", "面", "批", "件", "套", "个周期",
    };

    /// <summary>Whether <paramref name="unit"/> counts things (人次, 例次, 篇, 面 …) rather than measuring (天, 元, 平方米, 亩).</summary>
    public static bool IsCount(string? unit) => unit is not null && Counts.Contains(unit);
}
