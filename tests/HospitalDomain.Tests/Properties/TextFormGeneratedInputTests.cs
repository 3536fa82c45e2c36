using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using HospitalDomain.Commendations;
using HospitalDomain.Departments;
using HospitalDomain.Organizations;
using HospitalDomain.Tests.TestHelpers;
using Xunit.Abstractions;

namespace HospitalDomain.Tests.Properties;

/// <summary>
/// Every public Parse/TryParse/Format pair, on text built from the pieces the forms are made of
/// (digits, separators, numerals, scale and hedge words, brackets, check characters) mixed with
/// anything else, and on valid values changed one character at a time: TryParse never throws and
/// agrees with Parse, which throws only FormatException (quoting the input); a value parsed or made
/// writes a text that parses back equal, and a JSON string that reads back equal.
/// </summary>
[Trait("Category", "GeneratedInputs")]
public sealed class TextFormGeneratedInputTests(ITestOutputHelper output)
{
    private static readonly string[] Noise = ["", " ", "x", "\u0000", "\uD800", "é", "😀", "\t", "—", "０", "٣"];

    [Fact]
    public void ChineseNumber_GeneratedText_ParsesTotallyAndRoundTrips()
    {
        var pieces = new[] { "1", "2", "0", "9", "3407", "260", ".", ",", ",000", "-", "万", "亿", "余", "多", "近", "将近", "逾", "超过", "突破", "约", "大约", "零", "一", "二", "两", "三", "十", "百", "千", "七", "79228162514264337593543950335", "0000000000" };
        GeneratedCases.Run("ChineseNumber text", Text(pieces).ToArbitrary(), text =>
        {
            CheckParsePair(text, ChineseNumber.TryParse, ChineseNumber.Parse, (string? t, out ChineseNumber n) => ChineseNumber.TryParse(t.AsSpan(), out n), n => n.ToString());
        }, output);
    }

    [Fact]
    public void ChineseNumberFormat_AnyDecimal_ParsesBackWithinItsRounding()
    {
        GeneratedCases.Run("ChineseNumber.Format", Decimals().ToArbitrary(), value =>
        {
            var text = ChineseNumber.Format(value);
            var parsed = ChineseNumber.Parse(text);
            var unit = Math.Abs(value) >= 100_000_000m ? 100_000_000m : Math.Abs(value) >= 10_000m ? 10_000m : 1m;
            Math.Abs((parsed.Value / unit) - (value / unit)).Should().BeLessThanOrEqualTo(0.01m, $"{value} is written {text}");
            ChineseNumber.Format(parsed.Value).Should().Be(text, "formatting the value read back gives the same text");
        }, output);
    }

    [Fact]
    public void ReportingPeriod_GeneratedText_ParsesTotallyAndRoundTrips()
    {
        var pieces = new[] { "2023", "1900", "1899", "9999", "0000", "10000", "H", "H1", "H2", "H3", "Q", "Q1", "Q4", "Q5", "-", "-01", "-12", "-13", "-00", "/", "-02-29", "-02-30", "-12-31", "-01-01", "2024", "2023-01-01/2023-07-31", "9999-12-31/9999-12-31" };
        GeneratedCases.Run("ReportingPeriod text", Text(pieces).ToArbitrary(), text =>
        {
            CheckParsePair(text, ReportingPeriod.TryParse, ReportingPeriod.Parse, (string? t, out ReportingPeriod p) => ReportingPeriod.TryParse(t.AsSpan(), out p), p => p.ToString());
            if (ReportingPeriod.TryParse(text, out var period))
            {
                period.ToString("G", CultureInfo.InvariantCulture).Should().Be(period.ToString());
                Neighbour(() => period.Previous, period);
                Neighbour(() => period.SamePeriodLastYear, period);
                period.Days.Should().BePositive();
            }
        }, output);

        static void Neighbour(Func<ReportingPeriod> get, ReportingPeriod period)
        {
            try
            {
                var neighbour = get();
                neighbour.Kind.Should().Be(period.Kind);
                neighbour.Start.Should().BeLessThan(period.Start);
            }
            catch (InvalidOperationException)
            {
                period.Start.Year.Should().BeLessThan(1902, "only the first periods have no neighbour before them");
            }
        }
    }

    [Fact]
    public void ClinicalSubjectCode_GeneratedText_ParsesTotallyAndRoundTrips()
    {
        var pieces = new[] { "0", "1", "3", "9", "03", "04", "00", "99", ".", ".04", ".00", "03.04", "04.01.01", "0304" };
        GeneratedCases.Run("ClinicalSubjectCode text", Text(pieces).ToArbitrary(), text =>
        {
            CheckParsePair(text, ClinicalSubjectCode.TryParse, ClinicalSubjectCode.Parse, null, c => c.ToString());
            if (ClinicalSubjectCode.TryParse(text, out var code))
            {
                ClinicalSubjectCode.Parse(code.ToCompactString()).Should().Be(code);
                code.Parent?.IsWithin(code).Should().BeFalse();
                code.IsWithin(code.Parent ?? code).Should().BeTrue();
            }
        }, output);
    }

    [Fact]
    public void DocumentNumber_GeneratedText_ParsesTotallyAndRoundTrips()
    {
        var pieces = new[] { "某医发", "国卫", "〔", "〕", "[", "]", "【", "】", "［", "］", "(", ")", "（", "）", "2024", "1948", "1949", "9999", "12", "0", "1000000", "1000001", "2147483648", "号", " " };
        GeneratedCases.Run("DocumentNumber text", Text(pieces).ToArbitrary(), text =>
        {
            CheckParsePair(text, DocumentNumber.TryParse, DocumentNumber.Parse, null, n => n.ToString());
        }, output);
    }

    [Fact]
    public void OrganizationCode_GeneratedText_ValidatesTotallyAndRoundTrips()
    {
        var valid = Gen.ArrayOf(Gen.Elements("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray()), 8)
            .Select(body => new string(body) + "-" + OrganizationCode.ComputeCheckCharacter(body));
        GeneratedCases.Run("OrganizationCode text", Mutated(valid, "0123456789X-ABZa").ToArbitrary(), text =>
        {
            var result = OrganizationCode.Validate(text);
            CheckParsePair(text, OrganizationCode.TryParse, OrganizationCode.Parse, null, c => c.ToString());
            OrganizationCode.TryParse(text, out _).Should().Be(result.IsValid);
            result.IsValid.Should().Be(result.Message.Length == 0, "a failure says why");
        }, output);
    }

    [Fact]
    public void UnifiedSocialCreditCode_GeneratedText_ValidatesTotallyAndRoundTrips()
    {
        GeneratedCases.Run("UnifiedSocialCreditCode text", Mutated(ValidCreditCodes(), "0123456789ABXYZIOa ").ToArbitrary(), text =>
        {
            var result = UnifiedSocialCreditCode.Validate(text);
            UnifiedSocialCreditCode.Validate(text.AsSpan()).Should().Be(result);
            CheckParsePair(text, UnifiedSocialCreditCode.TryParse, UnifiedSocialCreditCode.Parse, null, c => c.ToString());
            UnifiedSocialCreditCode.TryParse(text, out var code).Should().Be(result.IsValid);
            if (result.IsValid)
            {
                code.OrganizationCode.ToString().Replace("-", string.Empty, StringComparison.Ordinal).Should().Be(text.Substring(8, 9));
                (code.RegistrationAuthority.ToString() + code.OrganizationCategory + code.RegionCode + code.OrganizationCode.Body + code.OrganizationCode.CheckCharacter + code.CheckCharacter).Should().Be(text);
            }
            else if (result.ExpectedCheckCharacter is { } expected && result.Position == 18)
            {
                // The check character is checked before the embedded organization code, which may be wrong too.
                UnifiedSocialCreditCode.Validate(text[..17] + expected).Error.Should().BeOneOf(CodeValidationError.None, CodeValidationError.EmbeddedOrganizationCode);
            }
        }, output);
    }

    [Fact]
    public void HospitalRating_GeneratedText_ParsesTotallyAndRoundTrips()
    {
        var names = HospitalRating.All.SelectMany(r => new[] { r.Name, r.ChineseName }).Concat(["三甲", "二乙", "特等", "三级", "tertiaryGradeX"]).ToArray();
        GeneratedCases.Run("HospitalRating text", Mutated(Gen.Elements(names), "三二一级甲乙丙等特 aA").ToArbitrary(), text =>
        {
            CheckParsePair(text, HospitalRating.TryParse, HospitalRating.Parse, null, r => r.Name);
            if (HospitalRating.TryParse(text, out var rating))
            {
                HospitalRating.Parse(rating.ChineseName).Should().Be(rating);
                HospitalRating.Create(rating.Level, rating.Grade).Should().Be(rating);
            }
        }, output);
    }

    [Fact]
    public void Ratio_AnyFigures_FormatTotallyAndJsonRoundTrips()
    {
        var formats = Gen.Elements<string?>(null, "", "G", "P", "P0", "P2", "P10", "P11", "F", "F4", "F10", "F11", "X", "p2", "P-1", "P٣", "PP", "F 2");
        var cultures = Gen.Elements(CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("zh-CN"));
        var cases = Decimals().SelectMany(n => Decimals().SelectMany(d => formats.SelectMany(f => cultures.SelectMany(c => Gen.Choose(-1, 11).Select(k => (n, d, f, c, k))))));
        GeneratedCases.Run("Ratio formats", cases.ToArbitrary(), c =>
        {
            var ratio = Ratio.Of(c.n, c.d);
            Totally<FormatException>(() => ratio.ToString(c.f, c.c));
            Totally<ArgumentOutOfRangeException>(() => ratio.ToPercentString(c.k));
            _ = ratio.ToString();
            _ = (ratio.Value, ratio.Percent, ratio.IsComputable, ratio.GetValueOrDefault(0m), ratio.ValueEquals(Ratio.Of(1, 3)));
            (ratio.Value is null).Should().Be(!ratio.IsComputable);
            JsonSerializer.Deserialize<Ratio>(JsonSerializer.Serialize(ratio, JsonAssert.Options), JsonAssert.Options).Should().Be(ratio);
        }, output);

        static void Totally<TException>(Action act)
            where TException : Exception
        {
            try
            {
                act();
            }
            catch (TException)
            {
            }
        }
    }

    /// <summary>Text made of the pieces a form is written with, and noise, 0 to 6 of them.</summary>
    private static Gen<string> Text(string[] pieces) =>
        Gen.Frequency(
            (8, Gen.ListOf(Gen.Frequency((6, Gen.Elements(pieces)), (1, Gen.Elements(Noise)))).Select(parts => string.Concat(parts.Take(6)))),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)),
            (1, Gen.Constant<string>(null!)));

    /// <summary>Valid values, and valid values with one or two characters changed, added or removed.</summary>
    private static Gen<string> Mutated(Gen<string> valid, string alphabet) =>
        Gen.Frequency(
            (3, valid),
            (6, valid.SelectMany(v => Gen.Choose(0, v.Length).SelectMany(i => Gen.Elements(alphabet.ToCharArray()).SelectMany(c => Gen.Choose(0, 3).Select(op => op switch
            {
                0 => v[..i] + c + v[i..],
                1 when i < v.Length => v[..i] + v[(i + 1)..],
                2 when i < v.Length => v[..i] + c + v[(i + 1)..],
                _ => v.Length > 1 ? v[1..] + v[0] : v,
            }))))),
            (1, Text([.. alphabet.Select(c => c.ToString())])));

    /// <summary>Unified social credit codes with their check character computed (GB 32100).</summary>
    private static Gen<string> ValidCreditCodes()
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var authority = Gen.Elements("1234569ABCDEFGY".ToCharArray());
        return authority.SelectMany(a => Gen.Elements("1239".ToCharArray()).SelectMany(category => Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), 6).SelectMany(region =>
            Gen.ArrayOf(Gen.Elements("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray()), 8).Select(body =>
            {
                var organization = new string(body) + OrganizationCode.ComputeCheckCharacter(body);
                var first17 = new StringBuilder().Append(a).Append(category).Append(region).Append(organization).ToString();
                if (first17.Any(c => alphabet.IndexOf(c, StringComparison.Ordinal) < 0))
                {
                    return first17 + "0";
                }

                var sum = first17.Select((c, i) => alphabet.IndexOf(c, StringComparison.Ordinal) * weights[i]).Sum();
                return first17 + alphabet[(31 - (sum % 31)) % 31];
            }))));
    }

    /// <summary>Decimals of every size: small, whole, with many places, and at the limits.</summary>
    internal static Gen<decimal> Decimals() =>
        Gen.Frequency(
            (3, Gen.Choose(-100_000, 100_000).Select(n => (decimal)n)),
            (3, Gen.Choose(-1_000_000, 1_000_000).SelectMany(n => Gen.Choose(0, 28).Select(scale => new decimal(Math.Abs(n), 0, 0, n < 0, (byte)scale)))),
            (2, Gen.Choose(int.MinValue, int.MaxValue).SelectMany(lo => Gen.Choose(int.MinValue, int.MaxValue).SelectMany(mid => Gen.Choose(int.MinValue, int.MaxValue).SelectMany(hi =>
                Gen.Choose(0, 28).SelectMany(scale => Gen.Elements(true, false).Select(negative => new decimal(lo, mid, hi, negative, (byte)scale))))))),
            (1, Gen.Elements(0m, 1m, -1m, 0.5m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 99_999.995m, 9_999.995m, 99_999_999.995m)));

    /// <summary>The contract of a Parse/TryParse pair on one text.</summary>
    private static void CheckParsePair<T>(string? text, TryParse<T> tryParse, Func<string, T> parse, TryParse<T>? tryParseSpan, Func<T, string> format)
        where T : IEquatable<T>
    {
        var ok = tryParse(text, out var value);
        if (tryParseSpan is not null && text is not null)
        {
            tryParseSpan(text, out var fromSpan).Should().Be(ok, $"both TryParse overloads agree on '{text}'");
            fromSpan.Should().Be(value);
        }

        if (text is null)
        {
            ok.Should().BeFalse();
            FluentActions.Invoking(() => parse(null!)).Should().ThrowExactly<ArgumentNullException>();
            return;
        }

        if (!ok)
        {
            value.Should().Be(default(T), "a failed TryParse gives the default value");
            var error = FluentActions.Invoking(() => parse(text)).Should().ThrowExactly<FormatException>($"'{text}' does not parse").Which;
            error.Message.Should().Contain($"'{text}'", "the message quotes the input");
            return;
        }

        parse(text).Should().Be(value);
        var written = format(value);
        parse(written).Should().Be(value, $"'{text}' is written '{written}', which parses back equal");
        var json = JsonSerializer.Serialize(value, JsonAssert.Options);
        JsonSerializer.Deserialize<T>(json, JsonAssert.Options).Should().Be(value, $"{json} reads back equal");
    }

    private delegate bool TryParse<T>(string? text, out T value);
}
