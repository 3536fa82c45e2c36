using BenchmarkDotNet.Running;
using HospitalDomain.Benchmarks;

// Under --job Dry (what continuous integration runs) the front-page benchmarks use a small file.
if (args.SkipWhile(a => a != "--job").Skip(1).FirstOrDefault() is { } job && job.Equals("Dry", StringComparison.OrdinalIgnoreCase))
{
    Environment.SetEnvironmentVariable(FrontPageFiles.RowsVariable, "20000");
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
