using LeadQual.Engines.Offline;
using LeadQual.Evaluation.Data;
using LeadQual.Evaluation.Running;
using LeadQual.Evaluation.Units;
using LeadQual.Profiles;
using LeadQual.Profiles.Offline;
using LeadQual.Serialization;
using LeadQual.Taxonomy;
using System.Text.Json.Nodes;
using LeadQual.Evaluation.Baseline;

namespace LeadQual.Evaluation.Tests.Units;

/// <summary>The catalog recomputes metrics.json's figures from units.json; both must agree, or the intervals would be around other numbers.</summary>
public sealed class MetricCatalogTests
{
    private static readonly Lazy<EvalResult> Run = new(() =>
    {
        var data = EvalDataLoader.Load(Path.Combine(RepositoryRoot(), "eval-data"));
        var runner = new EvalRunner(new OfflineEngine(), TaxonomyLoader.Default, TimeProvider.System, new ProfilePipeline(new OfflineProfileEngine(), TimeProvider.System));
        return runner.RunAsync(data, new EvalOptions { Concurrency = 2 }).GetAwaiter().GetResult();
    });

    [Fact]
    public void Values_OnTheUnitsOfARun_EqualTheFiguresOfItsMetrics()
    {
        var json = JsonNode.Parse(LeadQualJson.Serialize(Run.Value.Metrics))!;
        var units = EvalUnits.Of(Run.Value);

        var values = MetricCatalog.Values(units);

        Assert.Equal(29, values.Count);
        foreach (var (path, value) in values)
        {
            var expected = BaselineGate.Lookup(json, path);
            Assert.True(expected is not null, path);
            Assert.True(Math.Abs(expected!.Value - value!.Value) < 0.0006, $"{path}: metrics.json {expected}, units {value}");
        }
    }

    [Fact]
    public void Intervals_OfEveryFigure_ContainItsPointValue()
    {
        var metrics = Run.Value.Metrics;
        var json = JsonNode.Parse(LeadQualJson.Serialize(metrics))!;

        Assert.Equal(29, metrics.Intervals.Count);
        foreach (var (path, interval) in metrics.Intervals)
        {
            var value = BaselineGate.Lookup(json, path)!.Value;
            Assert.InRange(value, interval.Low - 0.001, interval.High + 0.001);
        }

        // Pairs, not decisions, are resampled: the interval is wider than a binomial over 1263 decisions (±0.015) would be.
        var accuracy = metrics.Intervals["assessment.accuracy"];
        Assert.True(accuracy.High - accuracy.Low > 0.025, accuracy.ToString());
    }

    [Fact]
    public void UnitsFile_RoundTrips_ToTheSameFigures()
    {
        var units = EvalUnits.Of(Run.Value);

        var read = EvalUnitsFile.Parse(LeadQualJson.Serialize(units), "units.json");

        Assert.Equal(MetricCatalog.Values(units), MetricCatalog.Values(read));
    }

    [Fact]
    public void UnitsFile_NotAUnitsFile_NamesTheFile()
    {
        var error = Assert.Throws<InvalidDataException>(() => EvalUnitsFile.Parse("[1, 2]", "out/units.json"));

        Assert.StartsWith("out/units.json: not a units file", error.Message, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LeadQual.sln")))
        {
            directory = directory.Parent;
        }

        return directory!.FullName;
    }
}
