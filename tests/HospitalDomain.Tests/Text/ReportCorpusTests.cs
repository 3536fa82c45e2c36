using System.Globalization;
using HospitalDomain.Tests.TestHelpers;
using HospitalDomain.Text;
using Xunit.Abstractions;

namespace HospitalDomain.Tests.Text;

/// <summary>
/// Precision and recall of the reader's figures (value and location) on the labelled corpus, the tuning part
/// and the held-out part apart. A figure's value counts when the reader's value starts where the label starts
/// and reads the labelled words; a change's amount counts when it lies in the reader's change and has the
/// labelled value.
/// </summary>
public sealed class ReportCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Labels_AreWellFormed()
    {
        CorpusFiles.All.Should().HaveCount(27);
        CorpusFiles.All.Count(t => t.HeldOut).Should().Be(9, "a third of the corpus is held out of tuning");
        CorpusFiles.All.SelectMany(t => t.Labels).Should().OnlyContain(l => l.Length == l.AsWritten.Length && (l.Kind == "figure" || l.Kind == "change" || l.Kind == "target"));
    }

    [Fact]
    public void Labels_StandWhereTheTextSays()
    {
        foreach (var text in CorpusFiles.All)
        {
            text.Text.Should().NotBeNull($"{text.Id} is present and matches its hash");
            foreach (var label in text.Labels)
            {
                text.Text!.Substring(label.Start, label.Length).Should().Be(label.AsWritten, $"{text.Id} at {label.Start}");
            }
        }
    }

    [Fact]
    public void Reader_OnTheCorpus_MeetsThePrecisionAndRecallTargets()
    {
        var tuning = Measure(CorpusFiles.All.Where(t => !t.HeldOut), details: true);
        var heldOut = Measure(CorpusFiles.All.Where(t => t.HeldOut), details: false);
        output.WriteLine($"tuning part   ({CorpusFiles.All.Count(t => !t.HeldOut)} texts): {tuning}");
        output.WriteLine($"held-out part ({CorpusFiles.All.Count(t => t.HeldOut)} texts): {heldOut}");
        Console.WriteLine($"Reader on the corpus — tuning: {tuning}; held out: {heldOut}");

        tuning.Precision.Should().BeGreaterThanOrEqualTo(0.95);
        tuning.Recall.Should().BeGreaterThanOrEqualTo(0.90);
    }

    private Score Measure(IEnumerable<CorpusFiles.LabelledText> texts, bool details)
    {
        int predicted = 0, labelled = 0, found = 0, correct = 0;
        foreach (var text in texts)
        {
            var reading = ReportReader.Read(text.Text!);
            var items = new List<(int Start, int End, decimal Value, string AsWritten)>();
            foreach (var figure in reading.Figures)
            {
                if (figure.Figure.Value is { } value)
                {
                    items.Add((figure.Start, figure.Start + figure.Length, value.Value, figure.AsWritten));
                }

                foreach (var change in figure.Changes.Where(c => c.Change.Amount is not null))
                {
                    items.Add((change.Start, change.Start + change.Length, change.Change.Amount!.Value, change.AsWritten));
                }
            }

            predicted += items.Count;
            labelled += text.Labels.Count;
            var matched = new HashSet<int>();
            foreach (var label in text.Labels)
            {
                var index = items.FindIndex(i => !matched.Contains(items.IndexOf(i)) && i.Value == label.Value && (label.Kind == "change"
                    ? label.Start >= i.Start && label.Start + label.Length <= i.End
                    : i.Start == label.Start && i.AsWritten.StartsWith(label.AsWritten, StringComparison.Ordinal)));
                if (index >= 0)
                {
                    matched.Add(index);
                    found++;
                }
                else if (details)
                {
                    output.WriteLine($"  missed {text.Id} {label.AsWritten}@{label.Start} ({label.Kind} {label.Value.ToString(CultureInfo.InvariantCulture)})");
                }
            }

            correct += matched.Count;
            if (details)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    if (!matched.Contains(i))
                    {
                        output.WriteLine($"  spurious {text.Id} {items[i].AsWritten}@{items[i].Start} ({items[i].Value.ToString(CultureInfo.InvariantCulture)})");
                    }
                }
            }
        }

        return new Score(predicted == 0 ? 1 : correct / (double)predicted, labelled == 0 ? 1 : found / (double)labelled, correct, predicted, found, labelled);
    }

    private sealed record Score(double Precision, double Recall, int Correct, int Predicted, int Found, int Labelled)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"precision {Precision:0.000} ({Correct}/{Predicted}), recall {Recall:0.000} ({Found}/{Labelled})");
    }
}
