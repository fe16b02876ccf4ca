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
        table.AddColumn(new TableColumn("95 % interval").RightAligned());
        void Figure(string name, string path, double? value) =>
            table.AddRow(name, Format(value), metrics.Intervals.TryGetValue(path, out var interval) ? Markup.Escape(interval.ToString()) : string.Empty);
        Figure("decomposition F1", "decomposition.f1", metrics.Decomposition.F1);
        Figure("decomposition precision", "decomposition.precision", metrics.Decomposition.Precision);
        Figure("decomposition recall", "decomposition.recall", metrics.Decomposition.Recall);
        Figure("classification accuracy", "decomposition.classification_accuracy", metrics.Decomposition.ClassificationAccuracy);
        Figure($"assessment precision (n={metrics.Assessment.N})", "assessment.precision", metrics.Assessment.Precision);
        Figure("assessment recall", "assessment.recall", metrics.Assessment.Recall);
        Figure("assessment false-positive rate", "assessment.false_positive_rate", metrics.Assessment.FalsePositiveRate);
        Figure("assessment accuracy", "assessment.accuracy", metrics.Assessment.Accuracy);
        Figure($"ECE ({metrics.Assessment.EceBins} bins)", "assessment.ece", metrics.Assessment.Ece);
        Figure("Brier", "assessment.brier", metrics.Assessment.Brier);
        Figure($"rating exact (n={metrics.Rating.N})", "rating.exact", metrics.Rating.Exact);
        Figure("rating within one", "rating.within_one", metrics.Rating.WithinOne);
        if (metrics.Profile is { } profile)
        {
            Figure($"explicit skills precision (n={profile.Resumes})", "profile.explicit_skills.precision", profile.ExplicitSkills.Precision);
            Figure("explicit skills recall", "profile.explicit_skills.recall", profile.ExplicitSkills.Recall);
            Figure("explicit skills F1", "profile.explicit_skills.f1", profile.ExplicitSkills.F1);
            Figure("inferred skills precision", "profile.inferred_skills.precision", profile.InferredSkills.Precision);
            Figure("inferred skills recall", "profile.inferred_skills.recall", profile.InferredSkills.Recall);
            Figure("inferred skills F1", "profile.inferred_skills.f1", profile.InferredSkills.F1);
            Figure($"  of them likely (≥ {SkillAssessment.LikelyConfidence:0.0}) precision", "profile.inferred_skills_likely.precision", profile.InferredSkillsLikely.Precision);
            Figure($"  of them likely (≥ {SkillAssessment.LikelyConfidence:0.0}) recall", "profile.inferred_skills_likely.recall", profile.InferredSkillsLikely.Recall);
            Figure("quality flags precision", "profile.quality_flags.precision", profile.QualityFlags.Precision);
            Figure("quality flags recall", "profile.quality_flags.recall", profile.QualityFlags.Recall);
            Figure("low_content recall", "profile.low_content_recall", profile.LowContentRecall);
            Figure("years MAE", "profile.years_mean_absolute_error", profile.YearsMeanAbsoluteError);
            Figure("degree accuracy", "profile.degree_accuracy", profile.DegreeAccuracy);
            Figure("inferred ECE", "profile.inferred_ece", profile.InferredEce);
            Figure("unsupported evidence", "profile.unsupported_evidence_rate", profile.UnsupportedEvidenceRate);
        }
        else
        {
            table.AddRow("profiles", "not measured yet", string.Empty);
        }
        table.AddRow("calls / tokens in / out", $"{metrics.Cost.Calls} / {metrics.Cost.InputTokens} / {metrics.Cost.OutputTokens}", string.Empty);
        table.AddRow("cost (USD)", metrics.Cost.CostUsd.ToString("0.0000", CultureInfo.InvariantCulture) + (metrics.Cost.CostEstimated ? " (estimated)" : string.Empty), string.Empty);
        table.AddRow("latency p50 / p95 (ms)", $"{Format(metrics.Cost.LatencyMsP50)} / {Format(metrics.Cost.LatencyMsP95)}", string.Empty);
        table.AddRow("jobs per second / wall (s)", $"{metrics.Cost.JobsPerSecond.ToString(CultureInfo.InvariantCulture)} / {metrics.WallSeconds.ToString(CultureInfo.InvariantCulture)}", string.Empty);
        table.AddRow("failures (quarantined)", metrics.Failures.ToString(CultureInfo.InvariantCulture), string.Empty);
        console.Write(table);
        console.MarkupLine($"written to [bold]{Markup.Escape(outFolder)}[/]");
    }

    private static void Row(Table table, string name, params double?[] values) =>
        table.AddRow(name, string.Join(" / ", values.Select(v => Format(v))), string.Empty);

    private static string Format(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
}
