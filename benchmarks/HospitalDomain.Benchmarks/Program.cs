using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "--batch")
{
    var bb = new HospitalDomain.Benchmarks.IndicatorBatchBenchmarks { Sets = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) };
    var sw0 = new CpuWatch();
    bb.Setup();
    Console.WriteLine($"setup {sw0.Elapsed.TotalSeconds:F1} s, {GC.GetTotalMemory(false) / 1e9:F2} GB");
    for (var round = 0; round < (args.Length > 3 ? 40 : 5); round++)
    {
        var repeat = Math.Max(1, 300_000 / bb.Sets);
        var sw = new CpuWatch();
        var c1 = 0L;
        for (var k = 0; k < repeat; k++)
        {
            c1 = bb.Columns();
        }

        var t1 = sw.Elapsed.TotalMilliseconds / repeat;
        var reference = new HospitalDomain.Benchmarks.ExactDivisionBenchmarks();
        reference.Setup();
        var rw = new CpuWatch();
        for (var k = 0; k < 300; k++)
        {
            reference.DecimalOperator();
        }

        var perDivision = rw.Elapsed.TotalMilliseconds / 300 / 1000 * 1e6;
        Console.WriteLine($"reference decimal division {perDivision:F1} ns; a set costs {t1 * 1e6 / bb.Sets / perDivision:F1} decimal divisions");
        sw.Restart();
        var c2 = args.Length > 2 && args[2] == "x" ? bb.ResultObjects() : c1;
        var t2 = sw.Elapsed.TotalMilliseconds;
        Console.WriteLine($"columns {t1:F0} ms ({t1 * 1e6 / bb.Sets / 1000:F2} s per million, {c1} computed)  objects {t2:F0} ms ({c2} computed)");
    }

    return;
}

if (args.Length > 0 && args[0] == "--div")
{
    var rnd = new Random(3);
    var ns = new decimal[1000];
    var ds = new decimal[1000];
    var ws = new decimal[1000];
    var wd = new decimal[1000];
    for (var i = 0; i < 1000; i++)
    {
        ds[i] = rnd.NextInt64(1, 10_000_000_000);
        ns[i] = rnd.NextInt64(0, (long)ds[i]) * 100m;
        var before = (decimal)rnd.NextInt64(1, 10_000_000_000) / rnd.NextInt64(1, 100_000);
        var now = before * (decimal)(0.8 + (rnd.NextDouble() * 0.4));
        ws[i] = now - before;
        wd[i] = before;
    }

    var names = new[] { "narrow op", "narrow fast", "wide op", "wide fast" };
    var outs = new decimal[1000];
    var acts = new Action[]
    {
        () => { for (var i = 0; i < 1000; i++) { outs[i] = ns[i] / ds[i]; } },
        () => { for (var i = 0; i < 1000; i++) { HospitalDomain.Indicators.ExactArithmetic.TryDivideFast(ns[i], 1, 0, ds[i], out outs[i]); } },
        () => { for (var i = 0; i < 1000; i++) { outs[i] = ws[i] * 100 / wd[i]; } },
        () => { for (var i = 0; i < 1000; i++) { HospitalDomain.Indicators.ExactArithmetic.TryDivideFast(ws[i], 100, 0, wd[i], out outs[i]); } },
    };
    if (args.Length > 1)
    {
        var only = acts[int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)];
        for (var k = 0; k < 200_000; k++)
        {
            only();
        }

        return;
    }

    var mins = new double[acts.Length];
    Array.Fill(mins, double.MaxValue);
    for (var round = 0; round < 400; round++)
    {
        for (var a = 0; a < acts.Length; a++)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            for (var k = 0; k < 10; k++)
            {
                acts[a]();
            }

            mins[a] = Math.Min(mins[a], sw.Elapsed.TotalMilliseconds / 10 / 1000 * 1e6);
        }
    }

    for (var a = 0; a < acts.Length; a++)
    {
        Console.WriteLine($"{names[a],-12} {mins[a]:F1} ns (min)");
    }

    return;
}

if (args.Length > 0 && args[0] == "--quick")
{
    var b = new HospitalDomain.Benchmarks.IndicatorCalculatorBenchmarks();
    b.Setup();
    var compiled = new HospitalDomain.Indicators.CompiledEdition(HospitalDomain.Indicators.IndicatorEditions.NationalTertiary2020, HospitalDomain.Metrics.MetricCatalogue.Standard);
    var vals = new decimal[56];
    var stats = new HospitalDomain.Indicators.IndicatorStatus[56];
    var curArr = new[] { b.Current };
    var prevArr = new HospitalDomain.Metrics.MetricSet?[] { b.Previous };
    var cur = b.Current;
    var ev0 = new HospitalDomain.Indicators.IndicatorCalculator(HospitalDomain.Indicators.IndicatorEditions.NationalTertiary2020).Evaluate(b.Current, b.Previous);
    Console.WriteLine(string.Join(", ", ev0.Results.GroupBy(r => r.Status).Select(g => $"{g.Key} {g.Count()}")));
    var prev = b.Previous;
    var entries = HospitalDomain.Indicators.IndicatorEditions.NationalTertiary2020.Entries.ToArray();
    var sink = new HospitalDomain.Indicators.IndicatorResult[entries.Length];
    var sinkObj = new object[entries.Length];
    var names = new[] { "floor", "fastfloor", "calculator", "dictionary", "computeonly", "evalonly", "resultctor", "tuple-alloc" };
    var actions = new Action[] { () => b.ArithmeticFloor(), () => b.ArithmeticFloorFastDivision(), () => b.CompiledCalculator(), () => b.DictionaryOfNamedFigures(),
        () => compiled.EvaluateColumns(curArr, prevArr, vals, stats),
        () => compiled.Evaluate(cur, prev),
        () => { for (var i = 0; i < entries.Length; i++) { sink[i] = new HospitalDomain.Indicators.IndicatorResult(entries[i], HospitalDomain.Indicators.IndicatorStatus.Computed, 1m, 2m, 3m, []); } },
        () => { for (var i = 0; i < entries.Length; i++) { sinkObj[i] = new Tuple<object, int, decimal, decimal, decimal, object>(entries[i], 1, 1m, 2m, 3m, sink); } } };
    if (args.Length > 1)
    {
        var which = Array.IndexOf(names, args[1]);
        var until = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < until)
        {
            for (var k = 0; k < 10_000; k++)
            {
                actions[which]();
            }
        }

        return;
    }

    var best = new double[actions.Length];
    Array.Fill(best, double.MaxValue);
    for (var round = 0; round < 3; round++)
    {
        for (var a = 0; a < actions.Length; a++)
        {
            var sw = new CpuWatch();
            for (var k = 0; k < 200_000; k++)
            {
                actions[a]();
            }

            best[a] = Math.Min(best[a], sw.Elapsed.TotalMilliseconds / 200_000 * 1000);
        }
    }

    for (var a = 0; a < actions.Length; a++)
    {
        Console.WriteLine($"{names[a],-12} {best[a],8:F2} us  {best[a] / best[0]:F2}× floor");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

internal sealed class CpuWatch
{
    private TimeSpan _start = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

    public TimeSpan Elapsed => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - _start;

    public void Restart() => _start = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
}
