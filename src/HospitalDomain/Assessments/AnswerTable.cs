namespace HospitalDomain.Assessments;

/// <summary>The points given for qualitative indicators, by hospital and indicator code; each pair given at most once.</summary>
internal sealed class AnswerTable
{
    private readonly Dictionary<(string Entity, string IndicatorCode), decimal> _points;

    private AnswerTable(Dictionary<(string Entity, string IndicatorCode), decimal> points) => _points = points;

    /// <summary>Indexes <paramref name="answers"/>.</summary>
    /// <param name="answers">The answers, or null for none.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">An answer is null, or two give the same indicator of the same hospital.</exception>
    public static AnswerTable Of(IEnumerable<QualitativeAnswer>? answers)
    {
        var table = new Dictionary<(string, string), decimal>();
        foreach (var answer in answers ?? [])
        {
            Preconditions.CheckArgument(answer is not null, nameof(answers), "answers must not contain null.");
            if (!table.TryAdd((answer.Entity, answer.IndicatorCode), answer.Points))
            {
                Preconditions.ThrowArgument(nameof(answers), $"answers give {answer.IndicatorCode} of {answer.Entity} more than once.");
            }
        }

        return new AnswerTable(table);
    }

    /// <summary>Finds the points given for <paramref name="indicatorCode"/> of <paramref name="entity"/>.</summary>
    /// <param name="entity">The hospital.</param>
    /// <param name="indicatorCode">The indicator code.</param>
    /// <param name="points">The points given, or 0.</param>
    /// <returns>Whether they were given.</returns>
    public bool TryGetPoints(string entity, string indicatorCode, out decimal points) => _points.TryGetValue((entity, indicatorCode), out points);
}
