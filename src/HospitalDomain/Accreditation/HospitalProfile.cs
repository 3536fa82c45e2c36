using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Departments;
using HospitalDomain.Metrics;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>
/// What a grade check needs to know about a hospital: its figures — beds, staff by category, areas,
/// outpatient volume, bed-days, years at the current grade — as metrics of a
/// <see cref="MetricCatalogue"/>, its departments with their beds and staff, and the answers to
/// evidence items.
/// </summary>
/// <remarks>
/// <para>
/// Every input is optional: a criterion whose input is missing is reported not assessable, naming the
/// input (the metric code, such as "openBeds"), rather than failing. Inputs that cannot be true are
/// rejected at construction with a message naming the metric or field: a figure invalid for its
/// metric's kind (negative; a count of beds or staff that is not whole), more ward nurses than
/// registered nurses, more physicians or registered nurses than health technicians, a share over
/// 100 per cent, two departments covering the same subject, an item answered twice.
/// </para>
/// <para>
/// The figures are values of the catalogue's metrics, held densely in catalogue order, but they are
/// not a <see cref="MetricSet"/>: a metric set is one entity's report for one period, and a profile
/// is neither. It mixes figures at a date (beds, staff, areas, years at the grade) with figures over
/// a period (bed-days, discharges), the standards do not say which period, and its JSON (docs/json.md)
/// names neither an entity nor a period — a profile that kept them could not be read back equal.
/// To check the figures a hospital reported, pass <c>set.Values()</c> and <c>set.Catalogue</c>.
/// </para>
/// <para>
/// The average length of stay and the bed occupancy are not stated but derived, as the indicators
/// of the same names compute them: discharged patients' bed-days (出院者占用总床日数) per discharge, and
/// occupied bed-days (实际占用总床日数) as a percentage of open bed-days (实际开放总床日数). A stated
/// ratio could disagree with the figures it is made of; a derived one cannot.
/// </para>
/// <para>Equality compares the catalogue (by reference), the figures, the departments and the answers.</para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class HospitalProfile
{
    /// <summary>The figure of each catalogue metric, by index; null where the profile states none.</summary>
    private readonly decimal?[] _byIndex;

    /// <summary>Creates a hospital profile.</summary>
    /// <param name="figures">
    /// The figures stated, by metric (in any order, each metric once): <see cref="StandardMetrics.OpenBeds"/>,
    /// <see cref="StandardMetrics.HealthTechnicians"/>, <see cref="StandardMetrics.WardNurses"/> … or
    /// <c>set.Values()</c> of a <see cref="MetricSet"/>. A metric is matched to the catalogue by its code.
    /// </param>
    /// <param name="departments">The departments present; no two may cover the same subject.</param>
    /// <param name="answers">Answers to evidence items; one per item.</param>
    /// <param name="catalogue">The catalogue the figures' metrics belong to; the standard one when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A figure is invalid for its metric's kind: negative, or a count that is not whole.</exception>
    /// <exception cref="ArgumentException">A metric is null, not in the catalogue or given twice; figures contradict each other; a percentage exceeds 100; two departments cover one subject; or an item is answered twice.</exception>
    public HospitalProfile(IEnumerable<KeyValuePair<Metric, decimal>>? figures = null, IEnumerable<DepartmentResources>? departments = null, IEnumerable<EvidenceAnswer>? answers = null, MetricCatalogue? catalogue = null)
    {
        Catalogue = catalogue ?? MetricCatalogue.Standard;
        _byIndex = new decimal?[Catalogue.Count];
        foreach (var (metric, value) in figures ?? [])
        {
            Preconditions.CheckArgument(metric is not null, nameof(figures), "figures must not contain a null metric.");
            Preconditions.CheckArgument(Catalogue.TryGetIndex(metric.Code, out var index), nameof(figures), $"metric '{metric.Code}' is not in the catalogue '{Catalogue.Id}'.");
            Preconditions.CheckArgument(_byIndex[index] is null, nameof(figures), $"figures contains the metric '{metric.Code}' more than once.");
            Catalogue.Metrics[index].CheckValue(value, metric.Code);
            _byIndex[index] = value;
        }

        var stated = ImmutableArray.CreateBuilder<KeyValuePair<Metric, decimal>>();
        for (var i = 0; i < _byIndex.Length; i++)
        {
            if (_byIndex[i] is { } value)
            {
                stated.Add(KeyValuePair.Create(Catalogue.Metrics[i], value));
            }
        }

        Figures = stated.DrainToImmutable();
        Departments = ImmutableArrayEquality.ToImmutableOrEmpty(departments);
        foreach (var item in Departments)
        {
            Preconditions.CheckArgument(item is not null, nameof(departments), "departments must not contain null.");
        }

        Answers = ImmutableArrayEquality.ToImmutableOrEmpty(answers);
        foreach (var item in Answers)
        {
            Preconditions.CheckArgument(item is not null, nameof(answers), "answers must not contain null.");
        }

        CheckAtMost(StandardMetrics.WardNurses, StandardMetrics.RegisteredNurses);
        CheckAtMost(StandardMetrics.Physicians, StandardMetrics.HealthTechnicians);
        CheckAtMost(StandardMetrics.RegisteredNurses, StandardMetrics.HealthTechnicians);
        CheckShare(StandardMetrics.SeniorDepartmentHeadShare);
        CheckShare(StandardMetrics.CollegeNurseShare);
        Preconditions.CheckNoDuplicates(Departments.SelectMany(d => d.Subjects), s => s, nameof(departments), "subject");
        Preconditions.CheckNoDuplicates(Answers, a => a.ItemId, nameof(answers), "answer to");
    }

    /// <summary>Gets the catalogue the figures' metrics belong to.</summary>
    public MetricCatalogue Catalogue { get; }

    /// <summary>Gets the figures stated, in catalogue order.</summary>
    public ImmutableArray<KeyValuePair<Metric, decimal>> Figures { get; }

    /// <summary>Gets the departments present.</summary>
    public ImmutableArray<DepartmentResources> Departments { get; }

    /// <summary>Gets the answers to evidence items.</summary>
    public ImmutableArray<EvidenceAnswer> Answers { get; }

    /// <summary>Gets approved beds (编制床位数).</summary>
    public decimal? ApprovedBeds => this[StandardMetrics.ApprovedBeds];

    /// <summary>Gets open beds (实际开放床位数).</summary>
    public decimal? OpenBeds => this[StandardMetrics.OpenBeds];

    /// <summary>Gets health technicians (卫生技术人员数).</summary>
    public decimal? HealthTechnicians => this[StandardMetrics.HealthTechnicians];

    /// <summary>Gets physicians (执业（助理）医师数).</summary>
    public decimal? Physicians => this[StandardMetrics.Physicians];

    /// <summary>Gets registered nurses (注册护士数).</summary>
    public decimal? RegisteredNurses => this[StandardMetrics.RegisteredNurses];

    /// <summary>Gets ward nurses (病区护士数).</summary>
    public decimal? WardNurses => this[StandardMetrics.WardNurses];

    /// <summary>Gets pharmacists (药师数).</summary>
    public decimal? Pharmacists => this[StandardMetrics.Pharmacists];

    /// <summary>Gets engineering technicians (工程技术人员数).</summary>
    public decimal? EngineeringTechnicians => this[StandardMetrics.EngineeringTechnicians];

    /// <summary>Gets clinical dietitians (临床营养师数).</summary>
    public decimal? ClinicalDietitians => this[StandardMetrics.ClinicalDietitians];

    /// <summary>Gets the building area, m² (建筑面积).</summary>
    public decimal? BuildingArea => this[StandardMetrics.BuildingArea];

    /// <summary>Gets the net ward area, m² (病房净使用面积).</summary>
    public decimal? WardNetArea => this[StandardMetrics.WardNetArea];

    /// <summary>Gets the outpatient building area, m² (门诊建筑面积).</summary>
    public decimal? OutpatientArea => this[StandardMetrics.OutpatientArea];

    /// <summary>Gets the average daily outpatient visits (日均门诊人次).</summary>
    public decimal? AverageDailyOutpatientVisits => this[StandardMetrics.AverageDailyOutpatientVisits];

    /// <summary>Gets the years at the currently approved grade.</summary>
    public decimal? YearsAtCurrentGrade => this[StandardMetrics.YearsAtCurrentGrade];

    /// <summary>Gets the average length of stay in days (平均住院日): discharged patients' bed-days per discharge; null when either is missing or there are no discharges.</summary>
    public decimal? AverageLengthOfStay => CriterionEvaluator.Figure(ProfileMeasure.AverageLengthOfStay, this);

    /// <summary>Gets the bed occupancy in per cent (病床使用率): occupied bed-days as a percentage of open bed-days; null when either is missing or there are no open bed-days.</summary>
    public decimal? BedOccupancyRate => CriterionEvaluator.Figure(ProfileMeasure.BedOccupancyRate, this);

    /// <summary>Gets the share of clinical department heads with a senior title, per cent.</summary>
    public decimal? SeniorDepartmentHeadShare => this[StandardMetrics.SeniorDepartmentHeadShare];

    /// <summary>Gets the share of nurses with college education or above, per cent.</summary>
    public decimal? CollegeNurseShare => this[StandardMetrics.CollegeNurseShare];

    /// <summary>Gets the figure of <paramref name="metric"/>, or null when the profile states none (or its catalogue has no metric of that code).</summary>
    /// <param name="metric">The metric, matched by its code.</param>
    /// <returns>The figure or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    public decimal? this[Metric metric] => Catalogue.TryGetIndex(Preconditions.CheckNotNull(metric).Code, out var index) ? _byIndex[index] : null;

    /// <summary>Gets the department that covers <paramref name="subject"/>, or null.</summary>
    /// <param name="subject">The clinical subject.</param>
    /// <returns>The department, or null.</returns>
    public DepartmentResources? DepartmentFor(ClinicalSubjectCode subject) => Departments.FirstOrDefault(d => d.Subjects.Contains(subject));

    /// <summary>Returns "profile: n beds, m health technicians".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"profile: {OpenBeds?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} beds, {HealthTechnicians?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} health technicians";

    /// <summary>Loads a profile whose figures are metrics of a catalogue other than the standard one, from JSON of the shape of docs/json.md.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="catalogue">The catalogue the figures' names (metric codes) refer to.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed, names an unknown metric or holds an impossible profile.</exception>
    public static HospitalProfile Load(string json, MetricCatalogue catalogue)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckNotNull(catalogue);
        return FromDocument(JsonContract.Read<HospitalProfileDocument>(json), catalogue);
    }

    /// <summary>The JSON form: the figures by metric code, then the departments and the answers.</summary>
    internal HospitalProfileDocument ToDocument() =>
        new([.. Figures.Select(f => KeyValuePair.Create(f.Key.Code, f.Value))], Departments, Answers);

    /// <summary>Binds a JSON form to the standard catalogue (other catalogues are read with <see cref="Load"/>).</summary>
    /// <exception cref="JsonException">The document names an unknown metric or holds an impossible profile.</exception>
    internal static HospitalProfile FromDocument(HospitalProfileDocument document) => FromDocument(document, MetricCatalogue.Standard);

    /// <summary>Binds a JSON form to <paramref name="catalogue"/>: every figure's name must be the code of one of its metrics.</summary>
    /// <exception cref="JsonException">The document names an unknown metric (the path is the figure's) or holds an impossible profile.</exception>
    internal static HospitalProfile FromDocument(HospitalProfileDocument document, MetricCatalogue catalogue)
    {
        var figures = new KeyValuePair<Metric, decimal>[document.Figures.Length];
        for (var i = 0; i < figures.Length; i++)
        {
            var (code, value) = document.Figures[i];
            figures[i] = catalogue.TryGetIndex(code, out var index)
                ? KeyValuePair.Create(catalogue.Metrics[index], value)
                : throw JsonPaths.At("." + code, $"Unknown metric '{code}' in the catalogue '{catalogue.Id}'.");
        }

        try
        {
            return new HospitalProfile(figures, document.Departments, document.Answers, catalogue);
        }
        catch (ArgumentException e)
        {
            throw JsonPaths.Invalid(nameof(HospitalProfile), e);
        }
    }

    /// <summary>Rejects a <paramref name="part"/> greater than the <paramref name="whole"/> it belongs to, naming the part.</summary>
    private void CheckAtMost(Metric part, Metric whole)
    {
        if (this[part] is { } p && this[whole] is { } w)
        {
            Preconditions.CheckArgument(p <= w, part.Code, $"{part.Code} ({p}) must not exceed {whole.Code} ({w}).");
        }
    }

    /// <summary>Rejects a <paramref name="share"/> (a percentage of a whole) over 100.</summary>
    private void CheckShare(Metric share)
    {
        if (this[share] is { } value)
        {
            Preconditions.CheckArgument(value <= 100, share.Code, $"{share.Code} is a percentage and must not exceed 100, was {value}.");
        }
    }
}
