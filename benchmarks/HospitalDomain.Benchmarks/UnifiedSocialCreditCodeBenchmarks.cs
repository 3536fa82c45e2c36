using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using HospitalDomain.Organizations;

namespace HospitalDomain.Benchmarks;

/// <summary>
/// Validating 1,000 unified social credit codes (a province's hospital register), against the way
/// such checks are usually written: a regular expression for the shape, then string lookups for the
/// check character.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public partial class UnifiedSocialCreditCodeBenchmarks
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private string[] _codes = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _codes = new string[1000];
        for (var i = 0; i < _codes.Length; i++)
        {
            var body = new char[8];
            for (var j = 0; j < 8; j++)
            {
                body[j] = (char)('0' + random.Next(10));
            }

            var first17 = "1251" + random.Next(1000, 9999) + new string(body) + OrganizationCode.ComputeCheckCharacter(body);
            var sum = 0;
            for (var k = 0; k < 17; k++)
            {
                sum += Alphabet.IndexOf(first17[k], StringComparison.Ordinal) * Weights[k];
            }

            var code = first17 + Alphabet[(31 - (sum % 31)) % 31];
            // One in ten has a wrong check character, as a register being cleaned would.
            _codes[i] = i % 10 == 0 ? code[..17] + (code[17] == '0' ? '1' : '0') : code;
        }
    }

    [Benchmark(Baseline = true)]
    public int RegexAndStrings()
    {
        var valid = 0;
        foreach (var code in _codes)
        {
            if (!ShapePattern().IsMatch(code))
            {
                continue;
            }

            var sum = 0;
            for (var i = 0; i < 17; i++)
            {
                sum += Alphabet.IndexOf(code.Substring(i, 1), StringComparison.Ordinal) * Weights[i];
            }

            var expected = Alphabet.Substring((31 - (sum % 31)) % 31, 1);
            if (code.Substring(17, 1) == expected)
            {
                valid++;
            }
        }

        return valid;
    }

    [Benchmark]
    public int Validate()
    {
        var valid = 0;
        foreach (var code in _codes)
        {
            if (UnifiedSocialCreditCode.Validate(code.AsSpan()).IsValid)
            {
                valid++;
            }
        }

        return valid;
    }

    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")]
    private static partial Regex ShapePattern();
}
