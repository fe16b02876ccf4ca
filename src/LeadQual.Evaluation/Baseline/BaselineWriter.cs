using System.Text.Json.Nodes;
using LeadQual.Evaluation.Running;
using LeadQual.Evaluation.Units;
using LeadQual.Serialization;

namespace LeadQual.Evaluation.Baseline;

/// <summary>
/// Writes a baseline from a run (<c>leadqual eval --write-baseline FILE</c>): FILE and, beside it,
/// FILE's name + <c>-units.json</c> with the run's per-unit results, which the gate pairs with a later
/// run. Raising the bar after an improvement is one command and a reviewed diff (one unit per line).
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

    /// <summary>The units file written beside <paramref name="baselinePath"/>: baseline.json → baseline-units.json.</summary>
    public static string UnitsFileName(string baselinePath) => Path.GetFileNameWithoutExtension(baselinePath) + "-units.json";

    public static BaselineFile From(EvalMetrics metrics, double tolerance = DefaultTolerance, string? unitsFile = null)
    {
        var json = JsonNode.Parse(LeadQualJson.Serialize(metrics))!;
        var gated = Gated
            .Select(g => (g.Path, g.HigherIsBetter, Value: BaselineGate.Lookup(json, g.Path)))
            .Where(g => g.Value is not null)
            .Select(g => new BaselineMetric(g.Path, Math.Round(g.Value!.Value, 4), tolerance, g.HigherIsBetter))
            .ToList();
        var note = $"{metrics.Engine} engine ({metrics.Model}) on {Path.GetFileName(metrics.Data.TrimEnd('/', '\\'))}/, measured {metrics.GeneratedAt:yyyy-MM-dd}. "
            + "Regenerate with leadqual eval --write-baseline (it writes the per-unit results too); a metric regresses when the paired 95 % interval of its difference lies past its tolerance.";
        return new BaselineFile(metrics.Engine, metrics.Model, note, gated, unitsFile);
    }

    /// <summary>Writes the baseline and its per-unit results; the units file keeps decisions and scores, not reasoning text.</summary>
    public static async Task WriteAsync(EvalMetrics metrics, EvalUnits units, string path, double tolerance = DefaultTolerance, CancellationToken cancellationToken = default)
    {
        var unitsFile = UnitsFileName(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        await EvalUnitsFile.WriteAsync(units.WithoutText(), Path.Combine(folder, unitsFile), cancellationToken).ConfigureAwait(false);
        await WriteAsync(From(metrics, tolerance, unitsFile), path, cancellationToken).ConfigureAwait(false);
    }

    public static Task WriteAsync(BaselineFile baseline, string path, CancellationToken cancellationToken = default) =>
        File.WriteAllTextAsync(path, LeadQualJson.Serialize(baseline, indented: true) + "\n", cancellationToken);
}
