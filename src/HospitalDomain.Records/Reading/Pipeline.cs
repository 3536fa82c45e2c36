using System.Collections.Concurrent;
using System.Collections.Immutable;
using HospitalDomain.Metrics;

namespace HospitalDomain.Records.Reading;

/// <summary>
/// Streams one export through the block processor: a reader thread cuts blocks, the thread pool
/// parses them, and the caller receives the results in file order. At most a bounded number of
/// blocks is in flight, so memory does not grow with the file.
/// </summary>
internal static class Pipeline
{
    public static IEnumerable<BlockResult> Run(Stream stream, string inputName, RecordIngestOptions options, ImmutableArray<(Metric, Func<DischargeRecord, decimal>)> custom, bool keepRecords)
    {
        using var source = BlockSource.Open(stream, inputName, options.Encoding, options.BlockSize, options.Progress);
        var layout = ColumnLayout.FromHeader(source.HeaderText, inputName, options);
        var processor = new BlockProcessor(layout, options, inputName, custom, keepRecords);
        if (options.MaxDegreeOfParallelism == 1)
        {
            while (source.Next() is { } block)
            {
                var result = processor.Process(block, source.Encoding, keepRecords);
                result.Layout = layout;
                yield return result;
            }

            yield break;
        }

        using var cancel = new CancellationTokenSource();
        using var queue = new BlockingCollection<Task<BlockResult>>(boundedCapacity: options.MaxDegreeOfParallelism * 2);
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    while (!cancel.IsCancellationRequested && source.Next() is { } block)
                    {
                        var task = Task.Run(() => processor.Process(block, source.Encoding, keepRecords));
                        try
                        {
                            queue.Add(task, cancel.Token);
                        }
                        catch (OperationCanceledException)
                        {
                            task.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
                            break;
                        }
                    }
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            foreach (var task in queue.GetConsumingEnumerable())
            {
                var result = task.GetAwaiter().GetResult();
                result.Layout = layout;
                yield return result;
            }

            producer.GetAwaiter().GetResult();
        }
        finally
        {
            cancel.Cancel();
            while (queue.TryTake(out var pending))
            {
                pending.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
            }

            try
            {
                producer.Wait();
            }
            catch (AggregateException)
            {
                // The producer's failure was either rethrown above or is moot: the consumer stopped first.
            }
        }
    }
}
