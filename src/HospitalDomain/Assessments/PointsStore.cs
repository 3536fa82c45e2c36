namespace HospitalDomain.Assessments;

/// <summary>
/// Where the fields of <see cref="IndicatorPoints"/> live: one score built by hand, or the columns of
/// a whole cohort's assessment, where a score is one cell (rule × member) of column-major arrays.
/// </summary>
internal abstract class PointsStore
{
    public const byte HasValue = 1;
    public const byte IsMissing = 2;
    public const byte HasPercentile = 4;
    public const byte Fixed = 8;

    public abstract string IndicatorCode(int cell);

    public abstract string Dimension(int cell);

    public abstract decimal Weight(int cell);

    public abstract decimal Points(int cell);

    public abstract decimal Value(int cell);

    public abstract decimal Percentile(int cell);

    public abstract byte Flags(int cell);

    /// <summary>The rank in the peer group on the indicator (1 = best), or 0 when there is none.</summary>
    public abstract int Rank(int cell);
}

/// <summary>The fields of one score, for scores built by hand or read from JSON.</summary>
internal sealed class SinglePoints(string indicatorCode, string dimension, decimal weight, decimal points, decimal value, decimal percentile, byte flags, int rank) : PointsStore
{
    public override string IndicatorCode(int cell) => indicatorCode;

    public override string Dimension(int cell) => dimension;

    public override decimal Weight(int cell) => weight;

    public override decimal Points(int cell) => points;

    public override decimal Value(int cell) => value;

    public override decimal Percentile(int cell) => percentile;

    public override byte Flags(int cell) => flags;

    public override int Rank(int cell) => rank;
}

/// <summary>
/// The scores of a whole cohort as columns: the cell of rule r and member i is r × members + i.
/// Points are stored exactly as whole ten-billionths in a long where they fit (every percentile
/// score and most others), and as decimals otherwise; percentile ranks as millionths (they are
/// rounded to six places); indicator values are the cohort's column of the scored values, so that
/// no member's evaluation is kept. The calculator fills the arrays once, before any <see cref="IndicatorPoints"/> refers to
/// them, and nothing writes them afterwards.
/// </summary>
internal sealed class CohortPoints : PointsStore
{
    /// <summary>The unit of the fixed-point column: 10⁻¹⁰ points.</summary>
    public const long FixedUnit = 10_000_000_000;

    private const decimal FixedLimit = 1_000_000m;

    private readonly string[] _codes;
    private readonly string[] _dimensions;
    private readonly decimal[] _weights;
    private readonly decimal[] _values;
    private readonly int _memberCount;
    private decimal[]? _decimalColumn;

    public CohortPoints(string[] codes, string[] dimensions, decimal[] weights, Cohort cohort)
    {
        _codes = codes;
        _dimensions = dimensions;
        _weights = weights;
        _values = cohort.Values;
        _memberCount = cohort.Count;
        var cells = codes.Length * _memberCount;

        // Every point is written before it is read, and every percentile where a value is present.
        FixedColumn = GC.AllocateUninitializedArray<long>(cells);
        PercentileColumn = GC.AllocateUninitializedArray<int>(cells);
        RankColumn = GC.AllocateUninitializedArray<int>(cells);
        FlagColumn = cohort.Flags;
    }

    /// <summary>Gets the number of members, the length of each rule's run of cells.</summary>
    public int MemberCount => _memberCount;

    public long[] FixedColumn { get; }

    public int[] PercentileColumn { get; }

    /// <summary>Gets each cell's rank in its peer group on the indicator, written where a value is present.</summary>
    public int[] RankColumn { get; }

    public byte[] FlagColumn { get; }

    /// <summary>Gets whether every cell's points are in <see cref="FixedColumn"/>.</summary>
    public bool AllFixed => _decimalColumn is null;

    /// <summary>Converts <paramref name="value"/> to ten-billionths when that is exact and small enough that sums of a few hundred cannot overflow.</summary>
    public static bool TryToFixed(decimal value, out long result)
    {
        if (value.Scale <= 10 && value > -FixedLimit && value < FixedLimit)
        {
            result = (long)(value * FixedUnit);
            return true;
        }

        result = 0;
        return false;
    }

    /// <summary>Sets the points of <paramref name="cell"/>, in the fixed column when exact.</summary>
    public void SetPoints(int cell, decimal points)
    {
        if (TryToFixed(points, out var fixedPoints))
        {
            SetFixed(cell, fixedPoints);
        }
        else
        {
            _decimalColumn ??= new decimal[FlagColumn.Length];
            _decimalColumn[cell] = points;
            FlagColumn[cell] = (byte)(FlagColumn[cell] & ~Fixed);
        }
    }

    /// <summary>Sets the points of <paramref name="cell"/> in ten-billionths.</summary>
    public void SetFixed(int cell, long fixedPoints)
    {
        FixedColumn[cell] = fixedPoints;
        FlagColumn[cell] |= Fixed;
    }

    public override string IndicatorCode(int cell) => _codes[cell / _memberCount];

    public override string Dimension(int cell) => _dimensions[cell / _memberCount];

    public override decimal Weight(int cell) => _weights[cell / _memberCount];

    public override decimal Points(int cell) => (FlagColumn[cell] & Fixed) != 0 ? FromScaled(FixedColumn[cell], 10) : _decimalColumn![cell];

    public override decimal Value(int cell) => _values[cell];

    public override decimal Percentile(int cell) => FromScaled(PercentileColumn[cell], 6);

    public override byte Flags(int cell) => FlagColumn[cell];

    public override int Rank(int cell) => (FlagColumn[cell] & HasPercentile) != 0 ? RankColumn[cell] : 0;

    /// <summary>The decimal <paramref name="scaled"/> ÷ 10^<paramref name="scale"/>, without trailing zeros.</summary>
    public static decimal FromScaled(long scaled, byte scale)
    {
        var negative = scaled < 0;
        var magnitude = negative ? unchecked((ulong)-scaled) : (ulong)scaled;
        while (scale > 0 && magnitude % 10 == 0)
        {
            magnitude /= 10;
            scale--;
        }

        return new decimal(unchecked((int)magnitude), unchecked((int)(magnitude >> 32)), 0, negative, scale);
    }
}
