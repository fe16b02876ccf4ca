using System.Text.Json.Nodes;
using LeadQual.Evaluation.Running;
using LeadQual.Serialization;

namespace LeadQual.Evaluation.Baseline;

/// <summary>
/// Writes a baseline from a run (<c>leadqual eval --write-baseline FILE</c>), so raising the bar after an
/// improvement is one command and a reviewed diff. The offline engine is deterministic, so the
/// tolerance only absorbs rounding.
/// </summary>
public static class BaselineWriter
{
    public const double DefaultTolerance = 0.005;

    /// <summary>The gated metrics and which way is better.</summary>
    public static IReadOnlyList<(string Path, bool HigherIsBetter)> Gated { get; } =
    [
        ("decomposition.f1", true), ("decomposition.precision", true), ("decomposition.recall", true), ("decomposition.classification_accuracy", true),
        ("assessment.precision", true), ("assessment.recall", true), ("assessment.accuracy", true), ("assessment.false_positive_rate", false), ("assessment.ece", false), ("assessment.brier", false),
        ("rating.exact", true), ("rating.within_one", true),
        ("profile.explicit_skills.f1", true), ("profile.inferred_skills.precision", true), ("profile.inferred_skills_likely.precision", true), ("profile.quality_flags.recall", true), ("profile.low_content_recall", true),
    ];

    public static BaselineFile From(EvalMetrics metrics, double tolerance = DefaultTolerance)
    {
        var json = JsonNode.Parse(LeadQualJson.Serialize(metrics))!;
        var gated = Gated
            .Select(g => (g.Path, g.HigherIsBetter, Value: BaselineGate.Lookup(json, g.Path)))
            .Where(g => g.Value is not null)
            .Select(g => new BaselineMetric(g.Path, Math.Round(g.Value!.Value, 4), tolerance, g.HigherIsBetter))
            .ToList();
        var note = $"{metrics.Engine} engine ({metrics.Model}) on {Path.GetFileName(metrics.Data.TrimEnd('/', '\\'))}/, measured {metrics.GeneratedAt:yyyy-MM-dd}. "
            + "Raise a value when the engine improves; lower one only with a reason in the commit message.";
        return new BaselineFile(metrics.Engine, metrics.Model, note, gated);
    }

    public static Task WriteAsync(BaselineFile baseline, string path, CancellationToken cancellationToken = default) =>
        File.WriteAllTextAsync(path, LeadQualJson.Serialize(baseline, indented: true) + "\n", cancellationToken);
}
