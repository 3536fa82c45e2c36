using BenchmarkDotNet.Running;
using HospitalDomain.Benchmarks;

// Under --job Dry (what continuous integration runs) the front-page benchmarks use a small file.
if (args.SkipWhile(a => a != "--job").Skip(1).FirstOrDefault() is { } job && job.Equals("Dry", StringComparison.OrdinalIgnoreCase))
{
    Environment.SetEnvironmentVariable(FrontPageFiles.RowsVariable, "20000");
    Environment.SetEnvironmentVariable(DatabaseFixture.RowsVariable, "2000");
}

// The database benchmarks need the PostgreSQL server of HOSPITALDOMAIN_POSTGRES (.ci/run starts one); without it
// they are left out with a note, except under CI=true, where they run and fail.
var types = typeof(Program).Assembly.GetTypes().Where(t => t.IsPublic && !t.IsAbstract && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false))).ToList();
if (!DatabaseFixture.HasServer && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
{
    Console.WriteLine($"No PostgreSQL server ({DatabaseFixture.ServerVariable} is not set): {nameof(RecordLoadBenchmarks)} and {nameof(PushDownBenchmarks)} are left out.");
    types.RemoveAll(t => t == typeof(RecordLoadBenchmarks) || t == typeof(PushDownBenchmarks));
}

BenchmarkSwitcher.FromTypes([.. types]).Run(args);
