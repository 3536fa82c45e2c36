using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using HospitalDomain.EntityFrameworkCore.Schema;
using HospitalDomain.Metrics;
using HospitalDomain.Records;
using Microsoft.EntityFrameworkCore;

namespace HospitalDomain.EntityFrameworkCore.Records;

/// <summary>
/// The default aggregation rules of HospitalDomain.Records (docs/records.md) as one LINQ query over
/// the records table, which EF Core translates into one SQL <c>GROUP BY</c>: only one row per entity
/// and period comes back, and the metric sets equal those of a <see cref="FrontPageAggregator"/> over
/// the same records.
/// </summary>
/// <remarks>
/// <para>
/// The options' grouping, period, rules and catalogue are used; reading options are not. Every
/// list in the rules (operation, minimally invasive and low-risk codes, class I and infection codes,
/// death methods) is sent as a query parameter, never as SQL text; the cost fields of the drug and
/// consumables rules must be cost columns of the table (at most eight distinct ones), checked when
/// the aggregator is created. Custom rules (<see cref="RecordMetricRule"/>) run .NET code on every
/// record and cannot be pushed down: they are refused.
/// </para>
/// <para>
/// A metric is missing, as in the aggregator, when its source is absent: the aggregator looks at the
/// export's columns, the database at the values — a metric whose source columns hold no value in any
/// record is left missing rather than 0 (operations: a procedure level, or with
/// <see cref="AggregationRules.OperationCodes"/> a procedure code; class I incisions: an incision code;
/// drugs and consumables: a cost in one of their fields; DRG totals: a group and a weight; the
/// low-risk metrics: a group). Immutable and thread-safe; each call runs one query.
/// </para>
/// </remarks>
public sealed class DatabaseRecordAggregator
{
    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!;
    private static readonly MethodInfo MaxMethod = typeof(Math).GetMethod(nameof(Math.Max), [typeof(int), typeof(int)])!;

    private readonly RecordIngestOptions _options;
    private readonly ImmutableArray<string> _drugProperties;
    private readonly ImmutableArray<string> _consumableProperties;
    private readonly ImmutableArray<string> _costProperties;
    private readonly QueryParameters _parameters;

    /// <summary>Creates an aggregator.</summary>
    /// <param name="options">The grouping, period, rules and catalogue, or null for the defaults.</param>
    /// <exception cref="ArgumentException">The rules have custom rules; a drug or consumables field is not a cost column of the table, or there are more than eight; or the catalogue lacks a metric of the default rules that is not disabled.</exception>
    public DatabaseRecordAggregator(RecordIngestOptions? options = null)
    {
        _options = options ?? RecordIngestOptions.Default;
        var rules = _options.Rules ?? throw new ArgumentException("The options have no rules.", nameof(options));
        if (!rules.CustomRules.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Custom rules ({string.Join(", ", rules.CustomRules.Select(r => r.MetricCode))}) run .NET code on every record and cannot be pushed down into SQL; aggregate in process with FrontPageAggregator instead.", nameof(options));
        }

        _drugProperties = [.. rules.DrugCostFields.Select(f => RecordColumns.CostProperty(f, "AggregationRules.DrugCostFields")).Distinct()];
        _consumableProperties = [.. rules.ConsumableCostFields.Select(f => RecordColumns.CostProperty(f, "AggregationRules.ConsumableCostFields")).Distinct()];
        _costProperties = [.. _drugProperties.Concat(_consumableProperties).Distinct()];
        if (_costProperties.Length > GroupSums.CostSlots)
        {
            throw new ArgumentException($"The drug and consumables rules name {_costProperties.Length} distinct cost fields; the push-down sums at most {GroupSums.CostSlots}.", nameof(options));
        }

        foreach (var code in MetricCodes)
        {
            if (!_options.Catalogue.TryGetIndex(code, out _) && !rules.DisabledMetrics.Contains(code))
            {
                throw new ArgumentException($"The catalogue '{_options.Catalogue.Id}' has no metric '{code}' for the default rules; disable it in AggregationRules.DisabledMetrics.", nameof(options));
            }
        }

        _parameters = new QueryParameters(rules);
    }

    /// <summary>Returns the SQL of the push-down query over <paramref name="records"/>, as EF Core generates it for their provider (parameters shown as declarations).</summary>
    /// <param name="records">The records to aggregate, such as <c>context.DischargeRecords</c>, possibly filtered.</param>
    /// <returns>The SQL text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public string ToSql(IQueryable<DischargeRecordRow> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Query(records).ToQueryString();
    }

    /// <summary>Aggregates <paramref name="records"/> in the database: one query, one row per entity and period.</summary>
    /// <param name="records">The records, such as <c>context.DischargeRecords</c> or <c>context.DischargeRecords.Where(r => r.Discharge &gt;= from)</c>.</param>
    /// <returns>The metric sets and DRG totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public DatabaseAggregation Aggregate(IQueryable<DischargeRecordRow> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Build(Query(records).ToList());
    }

    /// <summary>Aggregates <paramref name="records"/> in the database, asynchronously: one query, one row per entity and period.</summary>
    /// <param name="records">The records, such as <c>context.DischargeRecords</c>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The metric sets and DRG totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public async Task<DatabaseAggregation> AggregateAsync(IQueryable<DischargeRecordRow> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Build(await Query(records).ToListAsync(cancellationToken).ConfigureAwait(false));
    }

    private static readonly string[] MetricCodes =
    [
        "discharges", "dischargedPatientBedDays", "inpatientDeaths", "surgeries", "level4Surgeries", "level3Surgeries", "minimallyInvasiveSurgeries",
        "classOneIncisionSurgeries", "classOneIncisionInfections", "inpatientRevenue", "inpatientDrugRevenue", "consumablesRevenue", "lowRiskGroupCases", "lowRiskGroupDeaths",
    ];

    /// <summary>Builds the query: records grouped by entity and period, each default rule one aggregate.</summary>
    internal IQueryable<GroupSums> Query(IQueryable<DischargeRecordRow> records)
    {
        var r = Expression.Parameter(typeof(DischargeRecordRow), "r");
        var key = KeySelector(r);
        var grouped = Expression.Call(typeof(Queryable), nameof(Queryable.GroupBy), [typeof(DischargeRecordRow), typeof(GroupKey)], records.Expression, Expression.Quote(key));
        var g = Expression.Parameter(typeof(IGrouping<GroupKey, DischargeRecordRow>), "g");
        var selector = Expression.Lambda<Func<IGrouping<GroupKey, DischargeRecordRow>, GroupSums>>(Sums(g, r), g);
        var selected = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(IGrouping<GroupKey, DischargeRecordRow>), typeof(GroupSums)], grouped, Expression.Quote(selector));
        return records.Provider.CreateQuery<GroupSums>(selected);
    }

    private Expression<Func<DischargeRecordRow, GroupKey>> KeySelector(ParameterExpression r)
    {
        var discharge = Expression.Property(r, nameof(DischargeRecordRow.Discharge));
        var month = Expression.Property(discharge, nameof(DateTime.Month));
        Expression part = _options.Period switch
        {
            PeriodGranularity.Year => Expression.Constant(0),
            PeriodGranularity.Quarter => Expression.Divide(Expression.Add(month, Expression.Constant(2)), Expression.Constant(3)),
            PeriodGranularity.Month => month,
            _ => throw new InvalidOperationException($"Unknown period granularity {_options.Period}."),
        };
        Expression department = _options.Grouping switch
        {
            EntityGrouping.Hospital => Expression.Constant(null, typeof(string)),
            EntityGrouping.HospitalDepartment => Expression.Property(r, nameof(DischargeRecordRow.DischargeDepartment)),
            _ => throw new InvalidOperationException($"Unknown entity grouping {_options.Grouping}."),
        };
        var body = Expression.MemberInit(
            Expression.New(typeof(GroupKey)),
            Expression.Bind(typeof(GroupKey).GetProperty(nameof(GroupKey.Hospital))!, Expression.Property(r, nameof(DischargeRecordRow.HospitalCode))),
            Expression.Bind(typeof(GroupKey).GetProperty(nameof(GroupKey.Department))!, department),
            Expression.Bind(typeof(GroupKey).GetProperty(nameof(GroupKey.Year))!, Expression.Property(discharge, nameof(DateTime.Year))),
            Expression.Bind(typeof(GroupKey).GetProperty(nameof(GroupKey.Part))!, part));
        return Expression.Lambda<Func<DischargeRecordRow, GroupKey>>(body, r);
    }

    private MemberInitExpression Sums(ParameterExpression g, ParameterExpression r)
    {
        var rules = _options.Rules;
        var p = Expression.Constant(_parameters);
        var slots = Enumerable.Range(1, DischargeRecordRow.ProcedureSlots).ToArray();
        Expression Code(int slot) => Shadow<string>(r, RecordColumns.CodeProperty(slot));
        Expression Level(int slot) => Shadow<int?>(r, RecordColumns.LevelProperty(slot));
        Expression Incision(int slot) => Shadow<int?>(r, RecordColumns.IncisionProperty(slot));
        Expression Parameter(string name) => Expression.Field(p, name);
        Expression Operation(int slot) => rules.OperationCodes is null
            ? NotNull(Level(slot))
            : Expression.AndAlso(NotNull(Code(slot)), Contains(Parameter(nameof(QueryParameters.OperationCodes)), Code(slot)));
        Expression ClassOne(int slot) => Expression.AndAlso(Operation(slot), Contains(Parameter(nameof(QueryParameters.ClassOneCodes)), Incision(slot)));

        // The highest operation level of the row, 0 without one: GREATEST(COALESCE(ssjb1, 0), …) with the default rules.
        Expression LevelOrZero(int slot) => rules.OperationCodes is null
            ? Expression.Coalesce(Level(slot), Expression.Constant(0))
            : Expression.Condition(Operation(slot), Expression.Coalesce(Level(slot), Expression.Constant(0)), Expression.Constant(0));
        var maxLevel = slots.Select(LevelOrZero).Aggregate((a, b) => Expression.Call(MaxMethod, a, b));
        var anyOperation = rules.OperationCodes is null ? Expression.GreaterThan(maxLevel, Expression.Constant(0)) : Any(slots, Operation);
        var level4 = Expression.Equal(maxLevel, Expression.Constant(4));
        var level3 = Expression.Equal(maxLevel, Expression.Constant(3));
        var died = Contains(Parameter(nameof(QueryParameters.DeathMethods)), Expression.Property(r, nameof(DischargeRecordRow.DischargeMethod)));
        var group = Expression.Property(r, nameof(DischargeRecordRow.DrgGroup));
        var weight = Expression.Property(r, nameof(DischargeRecordRow.DrgWeight));
        var drgCase = Expression.AndAlso(NotNull(group), NotNull(weight));
        var lowRisk = Expression.AndAlso(NotNull(group), Contains(Parameter(nameof(QueryParameters.LowRiskGroups)), group));

        var bindings = new List<MemberBinding>
        {
            Bind(nameof(GroupSums.Hospital), Expression.Property(Expression.Property(g, "Key"), nameof(GroupKey.Hospital))),
            Bind(nameof(GroupSums.Department), Expression.Property(Expression.Property(g, "Key"), nameof(GroupKey.Department))),
            Bind(nameof(GroupSums.Year), Expression.Property(Expression.Property(g, "Key"), nameof(GroupKey.Year))),
            Bind(nameof(GroupSums.Part), Expression.Property(Expression.Property(g, "Key"), nameof(GroupKey.Part))),
            Bind(nameof(GroupSums.Discharges), Expression.Call(typeof(Enumerable), nameof(Enumerable.LongCount), [typeof(DischargeRecordRow)], g)),
            Bind(nameof(GroupSums.BedDays), Sum(g, r, Expression.Convert(Expression.Property(r, nameof(DischargeRecordRow.LengthOfStay)), typeof(long)))),
            Bind(nameof(GroupSums.Deaths), Count(g, r, died)),
            Bind(nameof(GroupSums.Surgeries), Count(g, r, anyOperation)),
            Bind(nameof(GroupSums.Level4), Count(g, r, level4)),
            Bind(nameof(GroupSums.Level3), Count(g, r, level3)),
            Bind(nameof(GroupSums.ClassOneOperations), Sum(g, r, slots.Select(s => (Expression)OneIf(ClassOne(s))).Aggregate(Expression.Add))),
            Bind(nameof(GroupSums.ClassOneInfections), Count(g, r, Any(slots, s => Expression.AndAlso(ClassOne(s), Contains(Parameter(nameof(QueryParameters.InfectionCodes)), Incision(s)))))),
            Bind(nameof(GroupSums.Revenue), Sum(g, r, Expression.Property(r, nameof(DischargeRecordRow.TotalCost)))),
            Bind(nameof(GroupSums.DrgCases), Count(g, r, drgCase)),
            Bind(nameof(GroupSums.DrgWeight), Sum(g, r, Expression.Condition(drgCase, weight, Expression.Constant(0m, typeof(decimal?))))),
            Bind(nameof(GroupSums.WithLevel), Count(g, r, Any(slots, s => NotNull(Level(s))))),
            Bind(nameof(GroupSums.WithCode), Count(g, r, NotNull(Code(1)))),
            Bind(nameof(GroupSums.WithIncision), Count(g, r, Any(slots, s => NotNull(Incision(s))))),
            Bind(nameof(GroupSums.WithDrgGroup), Count(g, r, NotNull(group))),
        };
        if (rules.MinimallyInvasiveCodes is not null)
        {
            bindings.Add(Bind(nameof(GroupSums.MinimallyInvasive), Count(g, r, Any(slots, s => Expression.AndAlso(Operation(s), Contains(Parameter(nameof(QueryParameters.MinimallyInvasiveCodes)), Code(s)))))));
        }

        if (rules.LowRiskDrgGroups is not null)
        {
            bindings.Add(Bind(nameof(GroupSums.LowRiskCases), Count(g, r, lowRisk)));
            bindings.Add(Bind(nameof(GroupSums.LowRiskDeaths), Count(g, r, Expression.AndAlso(lowRisk, died))));
        }

        for (var i = 0; i < _costProperties.Length; i++)
        {
            bindings.Add(Bind($"Cost{i}", Sum(g, r, Shadow<decimal?>(r, _costProperties[i]))));
        }

        if (!_drugProperties.IsEmpty)
        {
            bindings.Add(Bind(nameof(GroupSums.WithDrug), Count(g, r, Any(_drugProperties, f => NotNull(Shadow<decimal?>(r, f))))));
        }

        if (!_consumableProperties.IsEmpty)
        {
            bindings.Add(Bind(nameof(GroupSums.WithConsumables), Count(g, r, Any(_consumableProperties, f => NotNull(Shadow<decimal?>(r, f))))));
        }

        return Expression.MemberInit(Expression.New(typeof(GroupSums)), bindings);
    }

    private DatabaseAggregation Build(List<GroupSums> groups)
    {
        var rules = _options.Rules;
        var anyLevel = groups.Any(s => s.WithLevel > 0);
        var operations = rules.OperationCodes is not null ? groups.Any(s => s.WithCode > 0) : anyLevel;
        var incisions = operations && groups.Any(s => s.WithIncision > 0);
        var drugs = groups.Any(s => s.WithDrug > 0);
        var consumables = groups.Any(s => s.WithConsumables > 0);
        var drg = groups.Any(s => s.DrgCases > 0);
        var lowRisk = rules.LowRiskDrgGroups is not null && groups.Any(s => s.WithDrgGroup > 0);
        var sets = ImmutableArray.CreateBuilder<MetricSet>(groups.Count);
        var totals = ImmutableArray.CreateBuilder<DrgTotals>();
        foreach (var s in groups.Select(s => (Sums: s, Entity: s.Department is null ? s.Hospital : $"{s.Hospital}/{s.Department}", Period: Period(s))).OrderBy(s => s.Entity, StringComparer.Ordinal).ThenBy(s => s.Period))
        {
            var sums = s.Sums;
            var builder = MetricSet.CreateBuilder(_options.Catalogue, s.Entity, s.Period);
            void Set(string code, decimal value, bool present = true)
            {
                if (present && !rules.DisabledMetrics.Contains(code))
                {
                    builder.Set(code, Normalize(value));
                }
            }

            Set("discharges", sums.Discharges);
            Set("dischargedPatientBedDays", sums.BedDays);
            Set("inpatientDeaths", sums.Deaths);
            Set("surgeries", sums.Surgeries, operations);
            Set("level4Surgeries", sums.Level4, anyLevel);
            Set("level3Surgeries", sums.Level3, anyLevel);
            Set("minimallyInvasiveSurgeries", sums.MinimallyInvasive, operations && rules.MinimallyInvasiveCodes is not null);
            Set("classOneIncisionSurgeries", sums.ClassOneOperations, incisions);
            Set("classOneIncisionInfections", sums.ClassOneInfections, incisions);
            Set("inpatientRevenue", sums.Revenue);
            Set("inpatientDrugRevenue", CostSum(sums, _drugProperties), drugs);
            Set("consumablesRevenue", CostSum(sums, _consumableProperties), consumables);
            Set("lowRiskGroupCases", sums.LowRiskCases, lowRisk);
            Set("lowRiskGroupDeaths", sums.LowRiskDeaths, lowRisk);
            sets.Add(builder.Build());
            if (drg)
            {
                totals.Add(new DrgTotals(s.Entity, s.Period, sums.DrgCases, Normalize(sums.DrgWeight ?? 0m)));
            }
        }

        return new DatabaseAggregation(groups.Sum(s => s.Discharges), sets.ToImmutable(), totals.ToImmutable());
    }

    private decimal CostSum(GroupSums sums, ImmutableArray<string> properties)
    {
        var total = 0m;
        foreach (var property in properties)
        {
            total += (decimal?)typeof(GroupSums).GetProperty($"Cost{_costProperties.IndexOf(property)}")!.GetValue(sums) ?? 0m;
        }

        return total;
    }

    private ReportingPeriod Period(GroupSums sums) => _options.Period switch
    {
        PeriodGranularity.Year => ReportingPeriod.Year(sums.Year),
        PeriodGranularity.Quarter => ReportingPeriod.Quarter(sums.Year, sums.Part),
        PeriodGranularity.Month => ReportingPeriod.Month(sums.Year, sums.Part),
        _ => throw new InvalidOperationException($"Unknown period granularity {_options.Period}."),
    };

    /// <summary>Removes trailing zeros (a numeric(16,4) sum comes back as 12.3400), so that values print as the in-process aggregator's do.</summary>
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    private static MemberAssignment Bind(string property, Expression value) => Expression.Bind(typeof(GroupSums).GetProperty(property)!, value);

    private static Expression Shadow<T>(ParameterExpression r, string property) =>
        Expression.Call(PropertyMethod.MakeGenericMethod(typeof(T)), r, Expression.Constant(property));

    private static Expression NotNull(Expression value) => Expression.NotEqual(value, Expression.Constant(null, value.Type));

    /// <summary>value IN (the list); a nullable column against a list of codes compares as the plain type, null matching nothing.</summary>
    private static Expression Contains(Expression collection, Expression value)
    {
        var element = collection.Type.GetElementType()!;
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [element], collection, value.Type == element ? value : Expression.Convert(value, element));
    }

    private static Expression Any<T>(IEnumerable<T> items, Func<T, Expression> condition) => items.Select(condition).Aggregate(Expression.OrElse);

    private static ConditionalExpression OneIf(Expression condition) => Expression.Condition(condition, Expression.Constant(1L), Expression.Constant(0L));

    private static Expression Count(ParameterExpression g, ParameterExpression r, Expression condition) => Sum(g, r, OneIf(condition));

    private static MethodCallExpression Sum(ParameterExpression g, ParameterExpression r, Expression selector) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Sum), [typeof(DischargeRecordRow)], g, Expression.Lambda(selector, r));

    /// <summary>The lists of the rules, as fields EF Core sends as query parameters.</summary>
    private sealed class QueryParameters(AggregationRules rules)
    {
#pragma warning disable SA1401, IDE1006 // EF Core parameterizes field reads of a constant closure object.
        public readonly string[] OperationCodes = [.. rules.OperationCodes ?? []];
        public readonly string[] MinimallyInvasiveCodes = [.. rules.MinimallyInvasiveCodes ?? []];
        public readonly string[] LowRiskGroups = [.. rules.LowRiskDrgGroups ?? []];
        public readonly int[] ClassOneCodes = [.. rules.ClassOneIncisionCodes];
        public readonly int[] InfectionCodes = [.. rules.InfectionHealingCodes];
        public readonly int[] DeathMethods = [.. rules.DeathDischargeMethods];
#pragma warning restore SA1401, IDE1006
    }
}
