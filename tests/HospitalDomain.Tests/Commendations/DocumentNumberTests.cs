using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HospitalDomain.Commendations;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Commendations;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("某医发〔2024〕12号", "某医发", 2024, 12)]
    [InlineData("某医发[2024]12号", "某医发", 2024, 12)]
    [InlineData("某医发【2024】012号", "某医发", 2024, 12)]
    [InlineData("国卫办医函（2022）386号", "国卫办医函", 2022, 386)]
    [InlineData(" 国办发(2019)4号 ", "国办发", 2019, 4)]
    [InlineData("国卫办医政函［2023］67号", "国卫办医政函", 2023, 67)]
    public void Parse_TolerantOnInput_CanonicalOnOutput(string text, string issuer, int year, int serial)
    {
        var number = DocumentNumber.Parse(text);

        number.Issuer.Should().Be(issuer);
        number.Year.Should().Be(year);
        number.Serial.Should().Be(serial);
        number.ToString().Should().Be($"{issuer}〔{year}〕{serial}号");
    }

    [Theory]
    [InlineData("〔2024〕12号", "the issuer (机关代字) before the year is missing.")]
    [InlineData("某医发2024年12号", "the year must be in brackets, as in 〔2024〕.")]
    [InlineData("某医发〔2024 12号", "the bracket after the year is missing.")]
    [InlineData("某医发[2024)12号", "the brackets '[' and ')' do not match.")]
    [InlineData("某医发〔24〕12号", "the year '24' must be four digits from 1949 on.")]
    [InlineData("某医发〔1900〕12号", "the year '1900' must be four digits from 1949 on.")]
    [InlineData("某医发〔2024〕12", "the number must end in 号.")]
    [InlineData("某医发〔2024〕号", "the serial '' must be a positive whole number.")]
    [InlineData("某医发〔2024〕0号", "the serial '0' must be a positive whole number.")]
    [InlineData("某医发〔2024〕十二号", "the serial '十二' must be a positive whole number.")]
    public void Parse_Malformed_NamesThePart(string text, string reason)
    {
        DocumentNumber.TryParse(text, out _).Should().BeFalse();
        FluentActions.Invoking(() => DocumentNumber.Parse(text)).Should().Throw<FormatException>().WithMessage($"'{text}' is not a document number: {reason}");
    }

    [Property(MaxTest = 300)]
    public Property CanonicalForm_RoundTrips() =>
        Prop.ForAll(Gen.Elements("某医发", "国卫办医函", "院党发", "寿医集发").ToArbitrary(), Gen.Choose(1949, 9999).ToArbitrary(), Gen.Choose(1, 999_999).ToArbitrary(), (issuer, year, serial) =>
        {
            var number = DocumentNumber.Create(issuer, year, serial);
            return DocumentNumber.Parse(number.ToString()) == number;
        });

    [Fact]
    public void Create_Validates()
    {
        FluentActions.Invoking(() => DocumentNumber.Create("某医发〔", 2024, 1)).Should().Throw<ArgumentException>().WithMessage("issuer must not contain brackets, was '某医发〔'.*");
        FluentActions.Invoking(() => DocumentNumber.Create("某医发", 1900, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("year must be in the range [1949, 9999], was 1900.*");
    }

    [Fact]
    public void EqualityAndJson()
    {
        ContractAssert.Equality(DocumentNumber.Parse("某医发〔2024〕12号"), DocumentNumber.Parse("某医发[2024]012号"), DocumentNumber.Parse("某医发〔2024〕13号"), DocumentNumber.Parse("某医发〔2023〕12号"));
        JsonAssert.RoundTrip(DocumentNumber.Parse("A〔2024〕12号"), "\"A\\u30142024\\u301512\\u53F7\"");
        JsonAssert.Invalid<DocumentNumber>("\"A2024\"", "$").Message.Should().StartWith("'A2024' is not a document number");
    }

    [Theory]
    [InlineData("某医发〔1949〕1号", 1949, 1)]
    [InlineData("某医发〔9999〕1000000号", 9999, 1_000_000)]
    [InlineData("某医发〔2024〕2号", 2024, 2)]
    [InlineData("某医发〔2024〕999999号", 2024, 999_999)]
    public void Parse_AcceptsTheFirstAndLastYearAndSerial(string text, int year, int serial)
    {
        var number = DocumentNumber.Parse(text);

        number.Year.Should().Be(year);
        number.Serial.Should().Be(serial);
    }

    [Theory]
    [InlineData("某医发〔1948〕1号", "the year '1948' must be four digits from 1949 on.")]
    [InlineData("某医发〔2024〕1000001号", "the serial '1000001' must be a positive whole number.")]
    public void Parse_JustOutOfRange_NamesThePart(string text, string reason) =>
        FluentActions.Invoking(() => DocumentNumber.Parse(text)).Should().Throw<FormatException>().WithMessage($"'{text}' is not a document number: {reason}");

    [Theory]
    [InlineData("某医发〔2024]12号")]
    [InlineData("某医发〔2024)12号")]
    [InlineData("某医发[2024〕12号")]
    [InlineData("某医发（2024〕12号")]
    public void Parse_HexagonalBracketOnEitherSide_MatchesAnyOther(string text) =>
        DocumentNumber.Parse(text).ToString().Should().Be("某医发〔2024〕12号");

    [Fact]
    public void Parse_Null_Throws() =>
        FluentActions.Invoking(() => DocumentNumber.Parse(null!)).Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("text");

    [Theory]
    [InlineData("某医发〔2024〕12号", true, "某医发〔2024〕12号")]
    [InlineData(" 某医发[2024]012号 ", true, "某医发〔2024〕12号")]
    [InlineData(null, false, "")]
    [InlineData("", false, "")]
    [InlineData("某医发〔2024〕0号", false, "")]
    public void TryParse_GivesTheNumberOrTheDefault(string? text, bool parsed, string canonical)
    {
        DocumentNumber.TryParse(text, out var number).Should().Be(parsed);
        number.ToString().Should().Be(canonical);
    }

    [Theory]
    [InlineData("某医发)〔2024〕12")]
    [InlineData("某医发）（2024）12")]
    public void TryParse_AClosingBracketBeforeTheYear_ReturnsFalseWithoutThrowing(string text) =>
        DocumentNumber.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("某医发)〔2024〕12号", "某医发)")]
    [InlineData("某）医发（2024）12号", "某）医发")]
    [InlineData("某医发]〔2024〕12号", "某医发]")]
    public void Parse_AnIssuerWithAClosingBracket_IsRefusedAsCreateRefusesIt(string text, string issuer)
    {
        FluentActions.Invoking(() => DocumentNumber.Parse(text)).Should().ThrowExactly<FormatException>()
            .WithMessage($"'{text}' is not a document number: the issuer '{issuer}' must not contain brackets.");
        DocumentNumber.TryParse(text, out var number).Should().BeFalse();
        number.Should().Be(default(DocumentNumber));
        FluentActions.Invoking(() => DocumentNumber.Create(issuer, 2024, 12)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Default_IsEmpty()
    {
        var none = default(DocumentNumber);

        none.Issuer.Should().BeEmpty();
        none.Year.Should().Be(0);
        none.Serial.Should().Be(0);
        none.ToString().Should().BeEmpty();
    }

    [Theory]
    [InlineData("〔某医发")]
    [InlineData("[某医发")]
    [InlineData("某医)发")]
    public void Create_IssuerWithABracketAnywhere_Throws(string issuer) =>
        FluentActions.Invoking(() => DocumentNumber.Create(issuer, 2024, 1)).Should().Throw<ArgumentException>()
            .WithMessage($"issuer must not contain brackets, was '{issuer}'.*").And.ParamName.Should().Be("issuer");

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_001)]
    public void Create_SerialOutOfRange_Throws(int serial) =>
        FluentActions.Invoking(() => DocumentNumber.Create("某医发", 2024, serial)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"serial must be in the range [1, 1000000], was {serial}.*").And.ParamName.Should().Be("serial");

    [Theory]
    [InlineData(1)]
    [InlineData(1_000_000)]
    public void Create_SerialAtTheBounds_IsAccepted(int serial) =>
        DocumentNumber.Create("某医发", 2024, serial).Serial.Should().Be(serial);
}
