using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HospitalDomain.Assessments;
using HospitalDomain.Indicators;
using HospitalDomain.Samples;
using HospitalDomain.Serialization;

namespace HospitalDomain.Benchmarks;

/// <summary>
/// Reading and writing the library's JSON against System.Text.Json source generation over plain DTOs
/// of the same shape (records with the same property names, enums as camelCase strings), on the same
/// bytes: a 300-hospital cohort assessment under the illustrative scheme (about 3.3 MB) and one
/// hospital's evaluation of the 2020 tertiary edition. The library also validates every value and
/// builds the immutable domain objects; the DTOs only hold what they read.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonBenchmarks
{
    private byte[] _cohortJson = [];
    private byte[] _evaluationJson = [];
    private CohortAssessment _cohort = null!;
    private IndicatorEvaluation _evaluation = null!;
    private CohortDto _cohortDto = null!;
    private EvaluationDto _evaluationDto = null!;

    [GlobalSetup]
    public void Setup()
    {
        var members = SyntheticProvince.Generate(300);
        _cohort = new AssessmentCalculator(AssessmentSchemes.Illustrative2020, IndicatorEditions.NationalTertiary2020).Assess(members);
        _cohortJson = JsonSerializer.SerializeToUtf8Bytes(_cohort, HospitalDomainJsonContext.Default.CohortAssessment);
        _evaluation = members[0].Evaluation;
        _evaluationJson = JsonSerializer.SerializeToUtf8Bytes(_evaluation, HospitalDomainJsonContext.Default.IndicatorEvaluation);
        _cohortDto = JsonSerializer.Deserialize(_cohortJson, DtoContext.Default.CohortDto)!;
        _evaluationDto = JsonSerializer.Deserialize(_evaluationJson, DtoContext.Default.EvaluationDto)!;
        if (!JsonSerializer.SerializeToUtf8Bytes(_cohortDto, DtoContext.Default.CohortDto).AsSpan().SequenceEqual(_cohortJson)
            || !JsonSerializer.SerializeToUtf8Bytes(_evaluationDto, DtoContext.Default.EvaluationDto).AsSpan().SequenceEqual(_evaluationJson))
        {
            throw new InvalidOperationException("The DTOs do not have the library's shape: the comparison would not be fair.");
        }
    }

    /// <summary>Gets the size of the cohort's JSON, for the record.</summary>
    public int CohortBytes => _cohortJson.Length;

    [Benchmark(Baseline = true), BenchmarkCategory("ReadCohort")]
    public CohortDto ReadCohortDto() => JsonSerializer.Deserialize(_cohortJson, DtoContext.Default.CohortDto)!;

    [Benchmark, BenchmarkCategory("ReadCohort")]
    public CohortAssessment ReadCohort() => JsonSerializer.Deserialize(_cohortJson, HospitalDomainJsonContext.Default.CohortAssessment)!;

    [Benchmark(Baseline = true), BenchmarkCategory("WriteCohort")]
    public byte[] WriteCohortDto() => JsonSerializer.SerializeToUtf8Bytes(_cohortDto, DtoContext.Default.CohortDto);

    [Benchmark, BenchmarkCategory("WriteCohort")]
    public byte[] WriteCohort() => JsonSerializer.SerializeToUtf8Bytes(_cohort, HospitalDomainJsonContext.Default.CohortAssessment);

    [Benchmark(Baseline = true), BenchmarkCategory("ReadEvaluation")]
    public EvaluationDto ReadEvaluationDto() => JsonSerializer.Deserialize(_evaluationJson, DtoContext.Default.EvaluationDto)!;

    [Benchmark, BenchmarkCategory("ReadEvaluation")]
    public IndicatorEvaluation ReadEvaluation() => JsonSerializer.Deserialize(_evaluationJson, HospitalDomainJsonContext.Default.IndicatorEvaluation)!;

    [Benchmark(Baseline = true), BenchmarkCategory("WriteEvaluation")]
    public byte[] WriteEvaluationDto() => JsonSerializer.SerializeToUtf8Bytes(_evaluationDto, DtoContext.Default.EvaluationDto);

    [Benchmark, BenchmarkCategory("WriteEvaluation")]
    public byte[] WriteEvaluation() => JsonSerializer.SerializeToUtf8Bytes(_evaluation, HospitalDomainJsonContext.Default.IndicatorEvaluation);
}

#pragma warning disable SA1402, CA1002, CA2227 // The DTOs of the baseline: plain mutable data of the library's JSON shape, as System.Text.Json binds fastest.
public sealed class CohortDto
{
    public string SchemeId { get; set; } = "";
    public List<AssessmentDto>? Assessments { get; set; }
    public List<StatisticsDto>? Statistics { get; set; }
}

public sealed class AssessmentDto
{
    public string Entity { get; set; } = "";
    public string PeerGroup { get; set; } = "";
    public List<PointsDto>? Points { get; set; }
    public List<DimensionDto>? Dimensions { get; set; }
    public decimal Total { get; set; }
    public string Grade { get; set; } = "";
    public int Rank { get; set; }
    public int PeerCount { get; set; }
    public List<string>? Lifted { get; set; }
    public List<string>? Cost { get; set; }
    public decimal? PreviousTotal { get; set; }
    public string? PreviousGrade { get; set; }
}

public sealed class PointsDto
{
    public string IndicatorCode { get; set; } = "";
    public string Dimension { get; set; } = "";
    public decimal Weight { get; set; }
    public decimal Points { get; set; }
    public decimal? IndicatorValue { get; set; }
    public decimal? PercentileRank { get; set; }
    public int? Rank { get; set; }
    public bool? Missing { get; set; }
}

public sealed class DimensionDto
{
    public string Dimension { get; set; } = "";
    public decimal Points { get; set; }
    public decimal Weight { get; set; }
}

public sealed class StatisticsDto
{
    public string IndicatorCode { get; set; } = "";
    public string PeerGroup { get; set; } = "";
    public int Count { get; set; }
    public List<decimal>? Deciles { get; set; }
    public decimal? LowerQuartile { get; set; }
    public decimal? Median { get; set; }
    public decimal? UpperQuartile { get; set; }
}

public sealed class EvaluationDto
{
    public string Edition { get; set; } = "";
    public string Entity { get; set; } = "";
    public string Period { get; set; } = "";
    public List<ResultDto>? Results { get; set; }
}

public sealed class ResultDto
{
    public string Serial { get; set; } = "";
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public StatusDto Status { get; set; }
    public decimal? Value { get; set; }
    public decimal? Numerator { get; set; }
    public decimal? Denominator { get; set; }
    public UnitDto Unit { get; set; }
    public List<string>? MissingMetrics { get; set; }
}

public enum StatusDto
{
    [JsonStringEnumMemberName("computed")] Computed,
    [JsonStringEnumMemberName("notComputable")] NotComputable,
    [JsonStringEnumMemberName("missingData")] MissingData,
    [JsonStringEnumMemberName("qualitative")] Qualitative,
    [JsonStringEnumMemberName("notApplicable")] NotApplicable,
}

/// <summary>Every unit of the library by its camelCase name.</summary>
public enum UnitDto
{
    [JsonStringEnumMemberName("none")] None,
    [JsonStringEnumMemberName("personTimes")] PersonTimes,
    [JsonStringEnumMemberName("cases")] Cases,
    [JsonStringEnumMemberName("operations")] Operations,
    [JsonStringEnumMemberName("persons")] Persons,
    [JsonStringEnumMemberName("beds")] Beds,
    [JsonStringEnumMemberName("days")] Days,
    [JsonStringEnumMemberName("bedDays")] BedDays,
    [JsonStringEnumMemberName("yuan")] Yuan,
    [JsonStringEnumMemberName("tenThousandYuan")] TenThousandYuan,
    [JsonStringEnumMemberName("squareMetres")] SquareMetres,
    [JsonStringEnumMemberName("items")] Items,
    [JsonStringEnumMemberName("level")] Level,
    [JsonStringEnumMemberName("points")] Points,
    [JsonStringEnumMemberName("percent")] Percent,
    [JsonStringEnumMemberName("minutes")] Minutes,
    [JsonStringEnumMemberName("times")] Times,
    [JsonStringEnumMemberName("pieces")] Pieces,
    [JsonStringEnumMemberName("dddsPer100PatientDays")] DddsPer100PatientDays,
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CohortDto))]
[JsonSerializable(typeof(EvaluationDto))]
public sealed partial class DtoContext : JsonSerializerContext
{
}
#pragma warning restore SA1402, CA1002, CA2227
