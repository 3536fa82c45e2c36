using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace HospitalDomain.Assessments;

/// <summary>
/// One member's row of a cohort's score columns: its points per indicator (views of the shared
/// cells) and its dimension totals, made each time they are asked for rather than kept for every
/// member, so that an assessment of a large cohort holds its columns and little else.
/// </summary>
/// <param name="store">The score columns.</param>
/// <param name="sums">The dimension sums.</param>
/// <param name="member">The member's index in the columns.</param>
/// <param name="rules">The number of rules, the length of the row.</param>
internal sealed class CohortRow(CohortPoints store, PointSums sums, int member, int rules)
{
    /// <summary>The member's scores, in rule order.</summary>
    public ImmutableArray<IndicatorPoints> Points()
    {
        var n = store.MemberCount;
        var row = new IndicatorPoints[rules];
        for (var r = 0; r < row.Length; r++)
        {
            row[r] = new IndicatorPoints(store, (r * n) + member);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(row);
    }

    /// <summary>The member's dimension totals, in the scheme's order of dimensions.</summary>
    public ImmutableArray<DimensionTotal> Dimensions() => ImmutableCollectionsMarshal.AsImmutableArray(sums.DimensionTotals(member));
}
