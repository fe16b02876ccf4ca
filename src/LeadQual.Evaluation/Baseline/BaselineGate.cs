using System.Text.Json.Nodes;
using LeadQual.Evaluation.Running;
using LeadQual.Evaluation.Statistics;
using LeadQual.Evaluation.Units;
using LeadQual.Serialization;

namespace LeadQual.Evaluation.Baseline;

/// <summary>
/// The CI regression gate. With the baseline run's per-unit results, each gated metric is compared by a
/// paired bootstrap over the units both runs share: regressed only when the whole 95 % interval of the
/// difference lies past −tolerance (the wrong way), improved when it lies past +tolerance, else within
/// noise; a crossed hard floor or a missing metric regresses whatever the interval says. Without per-unit
/// results it falls back to value ± tolerance.
/// </summary>
public static class BaselineGate
{
    public static BaselineFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: baseline file not found");
        }

        try
        {
            return LeadQualJson.Deserialize<BaselineFile>(File.ReadAllText(path));
        }
        catch (System.Text.Json.JsonException error)
        {
            throw new InvalidDataException($"{path}: not a baseline file ({error.Message})", error);
        }
    }

    /// <summary>The baseline's per-unit results, named by the baseline relative to its own folder; null when it names none.</summary>
    public static EvalUnits? ReadUnits(BaselineFile baseline, string baselinePath) =>
        baseline.Units is null ? null : EvalUnitsFile.Read(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(baselinePath))!, baseline.Units));

    /// <summary>Point by point: value ± tolerance (a baseline without per-unit results).</summary>
    public static IReadOnlyList<MetricCheck> Check(EvalMetrics metrics, BaselineFile baseline) => Check(metrics, null, baseline, null);

    public static IReadOnlyList<MetricCheck> Check(EvalMetrics metrics, EvalUnits? current, BaselineFile baseline, EvalUnits? baselineUnits, int seed = Bootstrap.DefaultSeed)
    {
        var json = JsonNode.Parse(LeadQualJson.Serialize(metrics))!;
        var paired = current is not null && baselineUnits is not null
            ? MetricCatalog.Families.ToDictionary(f => f, f => f.Paired(baselineUnits, current, seed))
            : null;
        return baseline.Metrics.Select(m =>
        {
            var value = Lookup(json, m.Path);
            var check = new MetricCheck(m.Path, m.Value, value, m.Tolerance, m.HigherIsBetter, Regressed: false) { Floor = m.Floor };
            if (value is not { } c)
            {
                return check with { Regressed = true, Verdict = Verdicts.Regressed, Reason = "missing from this run" };
            }

            var family = MetricCatalog.FamilyOf(m.Path);
            var judged = paired is not null && family is not null
                ? Judge(check with { Difference = paired[family].Differences[family.Metrics.ToList().FindIndex(x => x.Path == m.Path)], SharedUnits = paired[family].SharedUnits }, m)
                : Judge(check with { Difference = null }, m, pointDifference: c - m.Value);
            return m.Floor is { } floor && (m.HigherIsBetter ? c < floor : c > floor)
                ? judged with { Regressed = true, Verdict = Verdicts.Regressed, Reason = $"crossed the hard {(m.HigherIsBetter ? "floor" : "ceiling")} {floor:0.000}" }
                : judged;
        }).ToList();
    }

    public static double? Lookup(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var part in path.Split('.'))
        {
            node = node?[part];
        }

        return node is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;
    }

    // The paired interval when there is one; without per-unit results the difference is known exactly, as a zero-width interval.
    private static MetricCheck Judge(MetricCheck check, BaselineMetric metric, double? pointDifference = null)
    {
        var difference = check.Difference ?? (pointDifference is { } d ? new Interval(d, d) : null);
        if (difference is null)
        {
            return check with { Verdict = Verdicts.WithinNoise };
        }

        // Orient so that positive is better.
        var better = metric.HigherIsBetter ? difference : new Interval(-difference.High, -difference.Low);
        if (better.Below(-metric.Tolerance))
        {
            return check with { Regressed = true, Verdict = Verdicts.Regressed, Reason = $"the difference {difference} lies wholly past the tolerance {metric.Tolerance:0.000}" };
        }

        return check with { Verdict = better.Above(metric.Tolerance) ? Verdicts.Improved : Verdicts.WithinNoise };
    }
}
