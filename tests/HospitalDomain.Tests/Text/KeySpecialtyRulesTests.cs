using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

/// <summary>Key specialties named or counted, with their level and programme.</summary>
public sealed partial class KeySpecialtyRulesTests
{
    private static string Find(string text) =>
        string.Join("|", KeySpecialtyRules.Find(new TextLayout(text))
            .Select(k => $"{k.Name ?? "-"} {k.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {k.Level?.ToString() ?? "-"} {k.Programme?.ToString() ?? "-"} {k.AsWritten}@{k.Start}"));

    [Theory]
    [InlineData("心病科、肾病科成功申报市级重点中医专科建设单位。", "心病科 - Municipal TcmKeySpecialty 心病科@0|肾病科 - Municipal TcmKeySpecialty 肾病科@4")]
    [InlineData("骨科成功创建为国家临床重点专科。", "骨科 - National ClinicalKeySpecialty 骨科@0")]
    [InlineData("骨科成功创建为省级重点专科。", "骨科 - Provincial - 骨科@0")]
    [InlineData("骨科成功创建为县级重点专科。", "骨科 - County - 骨科@0")]
    [InlineData("骨科成功创建为院级重点专科。", "骨科 - Hospital - 骨科@0")]
    [InlineData("骨科成功创建为重点专科。", "骨科 - - - 骨科@0")]
    [InlineData("省人民医院，骨科成功创建为重点专科。", "骨科 - - - 骨科@6")]
    [InlineData("人民医院，骨科成功创建为省重点专科。", "骨科 - Provincial - 骨科@5")]
    [InlineData("骨科成功创建为中医重点专科。", "骨科 - - TcmKeySpecialty 骨科@0")]
    [InlineData("骨科成功创建为省级中医优势专科。", "骨科 - Provincial TcmAdvantageSpecialty 骨科@0")]
    [InlineData("骨科成功创建为省级优势专科。", "骨科 - Provincial TcmAdvantageSpecialty 骨科@0")]
    [InlineData("骨科成功创建为市级精品专科。", "骨科 - Municipal PremiumSpecialty 骨科@0")]
    [InlineData("儿科成功入选市级重点专科，骨科成功入选省级重点专科。", "儿科 - Municipal - 儿科@0|骨科 - Provincial - 骨科@13")]
    [InlineData("儿科成功入选市级重点专科。儿科成功入选市级重点专科。", "儿科 - Municipal - 儿科@0")]
    [InlineData("儿科成功入选市级重点专科。儿科成功入选省级重点专科。", "儿科 - Municipal - 儿科@0|儿科 - Provincial - 儿科@13")]
    [InlineData("新增3个省级重点专科。", "- 3 Provincial - 3个省级重点专科@2")]
    [InlineData("泌尿外科等七大专科通过省级重点专科验收。", "泌尿外科 - Provincial - 泌尿外科@0|- 7 Provincial - 七大专科@5")]
    [InlineData("新增0个省级重点专科。", "")]
    [InlineData("新增“3个省级重点专科”。", "")]
    [InlineData("学科、专科在省级重点专科评审中。", "")]
    [InlineData("“国重”针灸科，医院。", "针灸科 - National - 针灸科@4")]
    [InlineData("“省重”骨科、肛肠、老年病等专科。", "骨科 - Provincial - 骨科@4|肛肠 - Provincial - 肛肠@7|老年病 - Provincial - 老年病@10")]
    [InlineData("“市重”骨、肛肠等。", "肛肠 - Municipal - 肛肠@6")]
    public void Find_Text_GivesTheKeySpecialties(string text, string expected) =>
        Find(text).Should().Be(expected);
}
