using System.Text.Json.Nodes;
using LeadQual.Evaluation.Running;
using LeadQual.Serialization;

namespace LeadQual.Evaluation.Baseline;

/// <summary>
/// The CI regression gate: each baseline metric is looked up in the run's metrics.json by its path; a
/// metric regresses when it moved the wrong way by more than its tolerance, or is missing.
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

    public static IReadOnlyList<MetricCheck> Check(EvalMetrics metrics, BaselineFile baseline)
    {
        var json = JsonNode.Parse(LeadQualJson.Serialize(metrics))!;
        return baseline.Metrics.Select(m =>
        {
            var current = Lookup(json, m.Path);
            var regressed = current is not { } c || (m.HigherIsBetter ? c < m.Value - m.Tolerance : c > m.Value + m.Tolerance);
            return new MetricCheck(m.Path, m.Value, current, m.Tolerance, m.HigherIsBetter, regressed);
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
}
