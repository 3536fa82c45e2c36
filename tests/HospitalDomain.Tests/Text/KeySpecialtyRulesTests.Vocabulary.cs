using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

// Each programme word of the key-specialty rules, one generated sentence each, in which that word decides the specialty, its level and its programme.
public sealed partial class KeySpecialtyRulesTests
{
    // Every entry of KeySpecialtyRules.ProgrammeWords. Where a shorter word stands inside (重点专科 in
    // 临床重点专科, 优势专科 in 中医优势专科), the longer one decides the programme, or the level: the level is
    // looked for in the 8 characters before the programme word, so 省 eight characters before 中医 is found
    // only when 中医 belongs to the word.
    [Theory]
    [InlineData("骨科成功入选市级重点中医专科。", "骨科 - Municipal TcmKeySpecialty 骨科@0")]
    [InlineData("骨科成功入选省级区域医疗中心中医重点专科。", "骨科 - Provincial TcmKeySpecialty 骨科@0")]
    [InlineData("骨科成功入选国家临床重点专科。", "骨科 - National ClinicalKeySpecialty 骨科@0")]
    [InlineData("骨科成功入选省级重点专科。", "骨科 - Provincial - 骨科@0")]
    [InlineData("骨科成功入选省级区域医疗中心中医优势专科。", "骨科 - Provincial TcmAdvantageSpecialty 骨科@0")]
    [InlineData("骨科成功入选省级优势专科。", "骨科 - Provincial TcmAdvantageSpecialty 骨科@0")]
    [InlineData("骨科成功入选市级精品专科。", "骨科 - Municipal PremiumSpecialty 骨科@0")]
    public void Find_EachProgrammeWord_GivesTheSpecialtyWithItsLevelAndProgramme(string text, string expected) =>
        Find(text).Should().Be(expected);
}
