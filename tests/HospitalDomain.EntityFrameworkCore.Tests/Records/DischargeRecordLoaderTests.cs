using System.Collections.Immutable;
using System.Text;
using HospitalDomain.EntityFrameworkCore.Records;
using HospitalDomain.EntityFrameworkCore.Tests.TestHelpers;
using HospitalDomain.Records;
using HospitalDomain.Records.Generation;
using Microsoft.EntityFrameworkCore;

namespace HospitalDomain.EntityFrameworkCore.Tests.Records;

public sealed class DischargeRecordLoaderTests
{
    private const string Hostile = "XYF\"; DROP TABLE discharge_records; --";

    [Fact]
    public void Method_ByProvider_IsCopyOnPostgreSqlAndInsertElsewhere()
    {
        using var sqlite = SqliteHospitalDomainContext.Create("Data Source=:memory:");
        using var postgres = PostgreSqlHospitalDomainContext.Create("Host=localhost;Database=none");

        (new DischargeRecordLoader(sqlite).Method, new DischargeRecordLoader(postgres).Method).Should().Be((RecordLoadMethod.Insert, RecordLoadMethod.Copy));
    }

    [Fact]
    public void Load_HostileNamesOnSqlite_AreRefusedBeforeAnyUseAndTheTableStays() => HostileNamesAreRefused(Provider.Sqlite);

    [PostgreSqlFact]
    public void Load_HostileNamesOnPostgreSql_AreRefusedBeforeAnyUseAndTheTableStays() => HostileNamesAreRefused(Provider.PostgreSql);

    [Fact]
    public void Load_TheSameExportTwiceOnSqlite_RejectsEveryStayTheSecondTimeAsADuplicate() => SecondLoadIsDuplicates(Provider.Sqlite);

    [PostgreSqlFact]
    public void Load_TheSameExportTwiceOnPostgreSql_RejectsEveryStayTheSecondTimeAsADuplicate() => SecondLoadIsDuplicates(Provider.PostgreSql);

    [Fact]
    public void Load_StopAtFirstErrorOnSqlite_KeepsTheRowsBeforeTheFirstRejection() => StopsAtFirstError(Provider.Sqlite);

    [PostgreSqlFact]
    public void Load_StopAtFirstErrorOnPostgreSql_KeepsTheRowsBeforeTheFirstRejection() => StopsAtFirstError(Provider.PostgreSql);

    [Fact]
    public void Load_ARowWithTooManyProceduresOnSqlite_KeepsNothingOfTheExport() => TooManyProceduresKeepsNothing(Provider.Sqlite);

    [PostgreSqlFact]
    public void Load_ARowWithTooManyProceduresOnPostgreSql_KeepsNothingOfTheExport() => TooManyProceduresKeepsNothing(Provider.PostgreSql);

    [Fact]
    public void LoadFile_MissingFile_ThrowsNamingIt()
    {
        using var context = SqliteHospitalDomainContext.Create("Data Source=:memory:");
        var load = () => new DischargeRecordLoader(context).LoadFile("no-such-export.csv");

        load.Should().Throw<RecordFileException>().WithMessage("*no-such-export.csv*no such file*");
    }

    private static void HostileNamesAreRefused(Provider provider)
    {
        using var exports = new GeneratedExports();
        var path = exports.Write("a.csv", new FrontPageExportOptions { Rows = 50 });
        using var database = TestDatabase.Create(provider);
        using var context = database.Open();
        var hostileOptions = new[]
        {
            new RecordIngestOptions { HeaderMap = ImmutableDictionary<string, string>.Empty.Add("西药费", Hostile) },
            new RecordIngestOptions { HeaderMap = ImmutableDictionary<string, string>.Empty.Add("出院科别", "CYKB2") },
            new RecordIngestOptions { Rules = new AggregationRules { DrgGroupField = Hostile } },
            new RecordIngestOptions { Rules = new AggregationRules { DrgWeightField = "DRGQZ; DELETE FROM discharge_records" } },
        };

        foreach (var options in hostileOptions)
        {
            var create = () => new DischargeRecordLoader(context, options);
            create.Should().Throw<ArgumentException>().Which.Message.Should().ContainAny("is not a field of the discharge_records schema", "is not a column name");
        }

        var aggregate = () => new DatabaseRecordAggregator(new RecordIngestOptions { Rules = new AggregationRules { DrugCostFields = ["XYF", Hostile] } });
        aggregate.Should().Throw<ArgumentException>().WithMessage($"AggregationRules.DrugCostFields names '{Hostile}', which is not a cost column of discharge_records*");
        var consumables = () => new DatabaseRecordAggregator(new RecordIngestOptions { Rules = new AggregationRules { ConsumableCostFields = ["XM"] } });
        consumables.Should().Throw<ArgumentException>().WithMessage("AggregationRules.ConsumableCostFields names 'XM'*");

        new DischargeRecordLoader(context, new RecordIngestOptions { HeaderMap = ImmutableDictionary<string, string>.Empty.Add("出院科别", "cykb") }).LoadFile(path);
        context.DischargeRecords.Count().Should().Be(50, "the table is intact and a legitimate header map is accepted");
    }

    private static void SecondLoadIsDuplicates(Provider provider)
    {
        using var exports = new GeneratedExports();
        var path = exports.Write("a.csv", new FrontPageExportOptions { Rows = 300, Seed = 4, DefectShare = 0.1 });
        using var database = TestDatabase.Create(provider);
        RecordLoadResult first;
        using (var context = database.Open())
        {
            var loader = new DischargeRecordLoader(context);
            loader.LoadFile(path);
            first = loader.ToResult();
        }

        using var again = database.Open();
        var seen = new List<RecordRejection>();
        var second = new DischargeRecordLoader(again, new RecordIngestOptions { OnRejection = seen.Add });
        second.LoadFile(path);
        var result = second.ToResult();

        result.Loaded.Should().Be(0);
        result.Read.Should().Be(300);
        result[RejectionRule.DuplicateStay].Should().Be(first.Loaded + first[RejectionRule.DuplicateStay], "the stays loaded the first time, and the export's own repeated stays, are duplicates");
        seen.Should().HaveCount((int)result.Rejected).And.BeInAscendingOrder(r => r.Line);
        again.DischargeRecords.Count().Should().Be((int)first.Loaded);
    }

    private static void StopsAtFirstError(Provider provider)
    {
        using var exports = new GeneratedExports();
        var path = exports.Write("a.csv", new FrontPageExportOptions { Rows = 400, Seed = 9, DefectShare = 0.05 });
        var options = new RecordIngestOptions { Policy = RejectionPolicy.StopAtFirstError };
        var expected = GeneratedExports.InProcess(options, path);
        using var database = TestDatabase.Create(provider);
        using var context = database.Open();
        var loader = new DischargeRecordLoader(context, options);

        loader.LoadFile(path);
        loader.LoadFile(path);
        var result = loader.ToResult();

        (result.Stopped, result.Loaded, result.Rejected).Should().Be((true, expected.Reconciliation.Accepted, 1L));
        result.Rejections.Should().Equal(expected.Rejections);
        context.DischargeRecords.LongCount().Should().Be(expected.Reconciliation.Accepted);
    }

    private static void TooManyProceduresKeepsNothing(Provider provider)
    {
        var header = "ZZJGDM,BAH,ZYCS,RYSJ,CYSJ,SJZYTS,LYFS,ZFY," + string.Join(",", Enumerable.Range(1, 11).Select(n => $"SSJCZBM{n},SSJB{n}"));
        var procedures = string.Join(",", Enumerable.Range(1, 11).Select(_ => "51.2301,3"));
        var text = $"{header}\nH1,1,1,2023-01-01,2023-01-03,2,1,100{new string(',', 22)}\nH1,2,1,2023-01-01,2023-01-03,2,1,100,{procedures}\n";
        using var database = TestDatabase.Create(provider);
        using var context = database.Open();
        var loader = new DischargeRecordLoader(context);

        var load = () => loader.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), "wide.csv");

        load.Should().Throw<RecordFileException>().WithMessage("*wide.csv*line 3 has 11 procedure entries with a code; the discharge_records table holds 10*");
        context.DischargeRecords.Count().Should().Be(0);
        loader.ToResult().Read.Should().Be(0);
    }
}
