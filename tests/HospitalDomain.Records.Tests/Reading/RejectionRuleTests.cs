using HospitalDomain.Records.Tests.TestHelpers;

namespace HospitalDomain.Records.Tests.Reading;

/// <summary>Each rejection rule on a hand-made row: the rule, the field, the value, the line and the message.</summary>
public sealed class RejectionRuleTests
{
    [Fact]
    public void ValidRow_IsAccepted()
    {
        var result = Export.Ingest(Export.Csv(Export.Valid()));

        result.Reconciliation.ToString().Should().Be("read 1 = accepted 1 + rejected 0");
        result.Rejections.Should().BeEmpty();
    }

    [Fact]
    public void ColumnCount_RowWithAnExtraField()
    {
        var csv = Export.Csv(Export.Valid()).TrimEnd() + ",extra\r\n";

        var rejection = Export.Ingest(csv).Rejections.Should().ContainSingle().Subject;

        rejection.ShouldBeRejection(new RecordRejection(2, "*", "29", RejectionRule.ColumnCount, "the row has 29 fields, the header 28"));
    }

    [Theory]
    [InlineData("ZZJGDM")]
    [InlineData("BAH")]
    [InlineData("ZYCS")]
    [InlineData("RYSJ")]
    [InlineData("CYSJ")]
    [InlineData("SJZYTS")]
    [InlineData("LYFS")]
    [InlineData("ZFY")]
    public void MissingValue_RequiredFieldEmpty(string field)
    {
        var rejection = Export.SingleRejection(Export.Valid().With((field, "  ")));

        rejection.ShouldBeRejection(new RecordRejection(2, field, string.Empty, RejectionRule.MissingValue, $"{field} is required and empty"));
    }

    [Fact]
    public void MissingValue_DischargeDepartment_OnlyWhenGroupingByDepartment()
    {
        var row = Export.Valid().With(("CYKB", string.Empty));

        Export.Ingest(Export.Csv(row)).Reconciliation.Accepted.Should().Be(1);
        Export.SingleRejection(row, new RecordIngestOptions { Grouping = EntityGrouping.HospitalDepartment }).Rule.Should().Be(RejectionRule.MissingValue);
    }

    [Theory]
    [InlineData("CYSJ", "2023-13-01")]
    [InlineData("CYSJ", "2023-02-29 10:00:00")]
    [InlineData("RYSJ", "2023/3/1")]
    [InlineData("RYSJ", "01.03.2023")]
    [InlineData("CYSJ", "2023-03-05 25:00:00")]
    public void InvalidDate_NotADateOfAnAcceptedForm(string field, string value)
    {
        var rejection = Export.SingleRejection(Export.Valid().With((field, value)));

        rejection.ShouldBeRejection(new RecordRejection(2, field, value, RejectionRule.InvalidDate, $"{field} '{value}' is not a date of the form 2023-03-05, 2023-03-05 10:20:00 or 20230305"));
    }

    [Theory]
    [InlineData("2023-03-01", "2023-03-05")]
    [InlineData("20230301", "20230305")]
    [InlineData("2023-03-01 08:00", "2023-03-05T10:20:00")]
    [InlineData("2023/03/01 08:00:00", "20230305102000")]
    [InlineData("2023-03-01 08:00:00.000", "2023-03-05 10:20:00")]
    public void Dates_InTheUsualExportForms_AreAccepted(string admission, string discharge) =>
        Export.Ingest(Export.Csv(Export.Valid().With(("RYSJ", admission), ("CYSJ", discharge)))).Reconciliation.Accepted.Should().Be(1);

    [Fact]
    public void PersonalField_RejectedValue_IsMasked()
    {
        var rejection = Export.SingleRejection(Export.Valid().With(("CSRQ", "1960-02-30")));

        rejection.ShouldBeRejection(new RecordRejection(2, "CSRQ", "***", RejectionRule.InvalidDate, "CSRQ '***' must be a date not after the admission"));
        rejection.ToString().Should().NotContain("1960");
        new RecordRejection(9, "SFZH", "110101199001011234", RejectionRule.InvalidNumber, "SFZH '110101199001011234' is bad").ToString()
            .Should().Be("line 9, SFZH = '***' (InvalidNumber): SFZH '***' is bad");
    }

    [Theory]
    [InlineData("SJZYTS", "4天", "SJZYTS '4天' must be a whole number of days")]
    [InlineData("ZYCS", "0", "ZYCS '0' must be a whole number from 1")]
    [InlineData("ZFY", "1,000.00", "ZFY '1,000.00' must be an amount in yuan with at most 12 integer digits and 4 decimals")]
    [InlineData("XYF", "12.34567", "XYF '12.34567' must be an amount in yuan with at most 12 integer digits and 4 decimals")]
    [InlineData("DRGQZ", "x1.2", "DRGQZ 'x1.2' must be a non-negative relative weight with at most 8 integer digits and 8 decimals")]
    public void InvalidNumber_NotANumberOfTheExpectedForm(string field, string value, string message)
    {
        var rejection = Export.SingleRejection(Export.Valid().With((field, value), ("DRGBM", "FM19")));

        rejection.ShouldBeRejection(new RecordRejection(2, field, value, RejectionRule.InvalidNumber, message));
    }

    [Theory]
    [InlineData("LYFS", "6", "LYFS '6' is not a code of RC019 离院方式 (1, 2, 3, 4, 5, 9)")]
    [InlineData("XB", "3", "XB '3' is not a code of RC001 性别 (0, 1, 2, 9)")]
    [InlineData("RYBQ", "5", "RYBQ '5' is not a code of RC027 入院病情 (1, 2, 3, 4)")]
    [InlineData("QKYHLB1", "11", "QKYHLB1 '11' is not a code of RC014 切口愈合等级 (0–10, 20, 30)")]
    public void NotInValueTable_CodeOutsideItsRcTable(string field, string value, string message)
    {
        var rejection = Export.SingleRejection(Export.Valid().With(("SSJCZBM1", "51.2301"), ("SSJB1", "3"), (field, value)));

        rejection.ShouldBeRejection(new RecordRejection(2, field, value, RejectionRule.NotInValueTable, message));
    }

    [Theory]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("四级")]
    public void OperationLevel_NotOneToFour(string level)
    {
        var rejection = Export.SingleRejection(Export.Valid().With(("SSJCZBM2", "51.2301"), ("SSJB2", level)));

        rejection.ShouldBeRejection(new RecordRejection(2, "SSJB2", level, RejectionRule.OperationLevel, $"SSJB2 '{level}' is not an operation level of RC029 (1, 2, 3, 4)"));
    }

    [Fact]
    public void ProcedureWithALevelButNoCode_IsMissingItsCode() =>
        Export.SingleRejection(Export.Valid().With(("SSJB1", "2")))
            .ShouldBeRejection(new RecordRejection(2, "SSJCZBM1", string.Empty, RejectionRule.MissingValue, "SSJCZBM1 is empty but the entry has a level or incision"));

    [Fact]
    public void DischargeBeforeAdmission()
    {
        var rejection = Export.SingleRejection(Export.Valid().With(("RYSJ", "2023-03-05 10:00:00"), ("CYSJ", "2023-03-05 09:59:00"), ("SJZYTS", "1")));

        rejection.ShouldBeRejection(new RecordRejection(2, "CYSJ", "2023-03-05 09:59:00", RejectionRule.DischargeBeforeAdmission, "CYSJ '2023-03-05 09:59:00' is before the admission RYSJ '2023-03-05 10:00:00'"));
    }

    [Theory]
    [InlineData("2023-03-01", "2023-03-01", "1", true)]
    [InlineData("2023-03-01 08:00", "2023-03-01 17:00", "0", false)]
    [InlineData("2023-03-01", "2023-03-02", "1", true)]
    [InlineData("2023-02-27", "2023-03-01", "2", true)]
    [InlineData("2024-02-27", "2024-03-01", "3", true)]
    [InlineData("2023-03-01", "2023-03-05", "5", false)]
    [InlineData("2022-12-30 23:00", "2023-01-02 01:00", "3", true)]
    public void LengthOfStay_DaysBetweenTheDates_SameDayCountsOne(string admission, string discharge, string days, bool accepted)
    {
        var result = Export.Ingest(Export.Csv(Export.Valid().With(("RYSJ", admission), ("CYSJ", discharge), ("SJZYTS", days))));

        result.Reconciliation.Accepted.Should().Be(accepted ? 1 : 0);
        if (!accepted)
        {
            result.Rejections.Single().Rule.Should().Be(RejectionRule.LengthOfStayMismatch);
        }
    }

    [Fact]
    public void LengthOfStayMismatch_MessageNamesTheExpectedDays() =>
        Export.SingleRejection(Export.Valid().With(("SJZYTS", "7")))
            .ShouldBeRejection(new RecordRejection(2, "SJZYTS", "7", RejectionRule.LengthOfStayMismatch, "SJZYTS '7' differs from the 4 days between RYSJ and CYSJ (a same-day stay counts 1)"));

    [Theory]
    [InlineData("XYF", "-0.01")]
    [InlineData("ZFY", "-1000")]
    public void NegativeCost(string field, string value) =>
        Export.SingleRejection(Export.Valid().With((field, value)))
            .ShouldBeRejection(new RecordRejection(2, field, value, RejectionRule.NegativeCost, $"{field} '{value}' must not be negative"));

    [Theory]
    [InlineData("XYF", "1000.01", "XYF", "XYF '1000.01' is above ZFY (1000.00)")]
    [InlineData("KJYWF", "300.01", "KJYWF", "KJYWF '300.01' is above XYF (300.00)")]
    [InlineData("HCYYCLF", "700.01", "ZFY", "ZFY '1000.00' is below the sum of the cost items (1000.01)")]
    public void CostPartsExceedTotal(string field, string value, string rejectedField, string message)
    {
        var rejection = Export.SingleRejection(Export.Valid().With(("XYF", "300.00"), (field, value)));

        rejection.ShouldBeRejection(new RecordRejection(2, rejectedField, rejectedField == field ? value : "1000.00", RejectionRule.CostPartsExceedTotal, message));
    }

    [Fact]
    public void CostParts_EqualToTheTotal_AreAccepted() =>
        Export.Ingest(Export.Csv(Export.Valid().With(("XYF", "600"), ("ZCYF", "300.5"), ("YYCLF", "99.50"), ("KJYWF", "600.0000")))).Reconciliation.Accepted.Should().Be(1);

    [Fact]
    public void DuplicateStay_RejectedAfterTheFirst_EvenWithOtherValues()
    {
        var csv = Export.Csv(
            Export.Valid("0001001"),
            Export.Valid("1001"),
            Export.Valid("0001001").With(("ZFY", "5")),
            Export.Valid("0001001").With(("ZYCS", "2")),
            Export.Valid("0001001").With(("ZZJGDM", "H2")),
            Export.Valid("ZY-1001"),
            Export.Valid("ZY-1001").With(("ZYCS", "01")));

        var result = Export.Ingest(csv);

        result.Reconciliation.Accepted.Should().Be(5);
        result.Rejections.Select(r => r.ToString()).Should().Equal(
            new RecordRejection(4, "BAH", "0001001", RejectionRule.DuplicateStay, "the stay (ZZJGDM, BAH, ZYCS) was already accepted from an earlier row").ToString(),
            new RecordRejection(8, "BAH", "ZY-1001", RejectionRule.DuplicateStay, "the stay (ZZJGDM, BAH, ZYCS) was already accepted from an earlier row").ToString());
        result.MetricSets.Single(s => s.Entity == "H1")["inpatientRevenue"].Should().Be(4000m, "the first of the duplicates counts");
    }

    [Fact]
    public void DuplicateOfARejectedRow_IsNotADuplicate()
    {
        var result = Export.Ingest(Export.Csv(Export.Valid().With(("LYFS", "7")), Export.Valid()));

        result.Reconciliation.ToString().Should().Be("read 2 = accepted 1 + rejected 1 (NotInValueTable 1)");
    }

    [Fact]
    public void StopAtFirstError_StopsAtTheFirstRejectionInFileOrder()
    {
        var rows = Enumerable.Range(0, 50).Select(i => Export.Valid((2000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        rows[20].With(("LYFS", "8"));
        rows[40].With(("XB", "7"));
        var options = new RecordIngestOptions { Rules = Export.Rules, Policy = RejectionPolicy.StopAtFirstError, BlockSize = 256, MaxDegreeOfParallelism = 2 };

        var result = Export.Ingest(Export.Csv(rows), options);

        result.Stopped.Should().BeTrue();
        result.Reconciliation.ToString().Should().Be("read 21 = accepted 20 + rejected 1 (NotInValueTable 1)");
        result.Rejections.Single().Line.Should().Be(22);
        result.MetricSets.Single()["discharges"].Should().Be(20);
    }

    [Fact]
    public void EveryRule_HasATestAbove() =>
        Enum.GetValues<RejectionRule>().Should().HaveCount(11, "a new rule needs its hand-computed test in this class");
}
