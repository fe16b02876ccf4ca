using System.Globalization;
using LeadQual.Evaluation.Running;
using LeadQual.Profiles;
using Spectre.Console;

namespace LeadQual.Cli.Rendering;

/// <summary>The short summary table that ends <c>leadqual eval</c>, headed by the engine and model that produced it.</summary>
public static class EvalSummaryView
{
    public static void Render(IAnsiConsole console, EvalMetrics metrics, string outFolder)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"engine {Markup.Escape(metrics.Engine)} · model {Markup.Escape(metrics.Model)} · prompts {Markup.Escape(metrics.PromptVersion)}");
        if (metrics.ServedModels.Count > 0 && !metrics.ServedModels.SequenceEqual([metrics.Model]))
        {
            table.Caption($"answers served by {Markup.Escape(string.Join(", ", metrics.ServedModels))}");
        }

        table.AddColumn("metric");
        table.AddColumn(new TableColumn("value").RightAligned());
        Row(table, "decomposition F1", metrics.Decomposition.F1);
        Row(table, "decomposition precision / recall", metrics.Decomposition.Precision, metrics.Decomposition.Recall);
        Row(table, "classification accuracy", metrics.Decomposition.ClassificationAccuracy);
        Row(table, $"assessment precision (n={metrics.Assessment.N})", metrics.Assessment.Precision);
        Row(table, "assessment recall", metrics.Assessment.Recall);
        Row(table, "assessment false-positive rate", metrics.Assessment.FalsePositiveRate);
        Row(table, "assessment accuracy", metrics.Assessment.Accuracy);
        Row(table, $"ECE ({metrics.Assessment.EceBins} bins) / Brier", metrics.Assessment.Ece, metrics.Assessment.Brier);
        Row(table, $"rating exact / within one (n={metrics.Rating.N})", metrics.Rating.Exact, metrics.Rating.WithinOne);
        if (metrics.Profile is { } profile)
        {
            Row(table, $"explicit skills P / R / F1 (n={profile.Resumes})", profile.ExplicitSkills.Precision, profile.ExplicitSkills.Recall, profile.ExplicitSkills.F1);
            Row(table, "inferred skills P / R / F1", profile.InferredSkills.Precision, profile.InferredSkills.Recall, profile.InferredSkills.F1);
            Row(table, $"  of them likely (≥ {SkillAssessment.LikelyConfidence:0.0}) P / R / F1", profile.InferredSkillsLikely.Precision, profile.InferredSkillsLikely.Recall, profile.InferredSkillsLikely.F1);
            Row(table, "quality flags P / R; low_content recall", profile.QualityFlags.Precision, profile.QualityFlags.Recall, profile.LowContentRecall);
            Row(table, "years MAE; degree accuracy", profile.YearsMeanAbsoluteError, profile.DegreeAccuracy);
            Row(table, "inferred ECE; unsupported evidence", profile.InferredEce, profile.UnsupportedEvidenceRate);
        }
        else
        {
            table.AddRow("profiles", "not measured yet");
        }
        table.AddRow("calls / tokens in / out", $"{metrics.Cost.Calls} / {metrics.Cost.InputTokens} / {metrics.Cost.OutputTokens}");
        table.AddRow("cost (USD)", metrics.Cost.CostUsd.ToString("0.0000", CultureInfo.InvariantCulture) + (metrics.Cost.CostEstimated ? " (estimated)" : string.Empty));
        table.AddRow("latency p50 / p95 (ms)", $"{Format(metrics.Cost.LatencyMsP50)} / {Format(metrics.Cost.LatencyMsP95)}");
        table.AddRow("jobs per second / wall (s)", $"{metrics.Cost.JobsPerSecond.ToString(CultureInfo.InvariantCulture)} / {metrics.WallSeconds.ToString(CultureInfo.InvariantCulture)}");
        table.AddRow("failures (quarantined)", metrics.Failures.ToString(CultureInfo.InvariantCulture));
        console.Write(table);
        console.MarkupLine($"written to [bold]{Markup.Escape(outFolder)}[/]");
    }

    private static void Row(Table table, string name, params double?[] values) =>
        table.AddRow(name, string.Join(" / ", values.Select(v => Format(v))));

    private static string Format(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
}
