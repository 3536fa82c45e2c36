using BenchmarkDotNet.Attributes;
using HospitalDomain.Departments;

namespace HospitalDomain.Benchmarks;

/// <summary>
/// Looking up the 诊疗科目 names of 1,000 department codes (a discharge file's 科别 column) in the
/// catalogue, against a linear scan of string-keyed records, the common first implementation.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ClinicalSubjectBenchmarks
{
    private (string Code, string Name)[] _records = [];
    private string[] _codes = [];

    [GlobalSetup]
    public void Setup()
    {
        var catalogue = ClinicalSubjectCatalogue.Baseline;
        _records = catalogue.Subjects.Select(s => (s.Code.ToCompactString(), s.ChineseName)).ToArray();
        var random = new Random(7);
        _codes = Enumerable.Range(0, 1000).Select(_ => _records[random.Next(_records.Length)].Code).ToArray();
        _ = catalogue[_codes[0]];
    }

    [Benchmark(Baseline = true)]
    public int LinearScan()
    {
        var length = 0;
        foreach (var code in _codes)
        {
            foreach (var record in _records)
            {
                if (record.Code == code)
                {
                    length += record.Name.Length;
                    break;
                }
            }
        }

        return length;
    }

    [Benchmark]
    public int CatalogueLookup()
    {
        var catalogue = ClinicalSubjectCatalogue.Baseline;
        var length = 0;
        foreach (var code in _codes)
        {
            if (ClinicalSubjectCode.TryParse(code, out var parsed) && catalogue.TryGet(parsed, out var subject))
            {
                length += subject.ChineseName.Length;
            }
        }

        return length;
    }
}
