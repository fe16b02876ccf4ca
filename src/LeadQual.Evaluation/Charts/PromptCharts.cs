using System.Text.Json.Nodes;
using LeadQual.Evaluation.Prompts;

namespace LeadQual.Evaluation.Charts;

/// <summary>
/// Prompt versions side by side: scores when a model answered, else input and output tokens of the dry run.
/// The title names the model that answered, or says no model was called and which model the tokens are priced as.
/// </summary>
public static class PromptCharts
{
    public static PlotlyFigure Compare(IReadOnlyList<PromptTrial> trials)
    {
        var models = string.Join(", ", trials.Select(t => t.Model).Distinct(StringComparer.Ordinal));
        if (trials.Any(t => t.Accuracy is not null))
        {
            string[] metrics = ["accuracy", "precision", "recall", "ECE", "rating exact"];
            var scored = trials.Select(t =>
                EvalCharts.ScoreColumn(ChartLayout.Label(t.Label), metrics, [t.Accuracy, t.Precision, t.Recall, t.Ece, t.RatingExact]));
            return ChartLayout.Apply(scored, $"Prompt versions on {trials[0].Pairs} pairs · llm · {models}",
                new { title = new { text = "metric" }, type = "category" },
                new { title = new { text = "score" }, range = new[] { 0.0, 1.05 } },
                extra: new { barmode = "group" });
        }

        var labels = trials.Select(t => ChartLayout.Label(t.Label)).ToList();
        JsonObject[] tokens =
        [
            PlotlyTrace.Bar("input tokens", labels, trials.Select(t => t.InputTokens)),
            PlotlyTrace.Bar("output tokens (estimated)", labels, trials.Select(t => t.OutputTokens)),
        ];
        return ChartLayout.Apply(tokens, $"Prompt versions, dry run on {trials[0].Pairs} pairs (no model called; priced as {models})",
            new { title = new { text = "prompt version" }, type = "category" },
            new { title = new { text = "tokens" }, rangemode = "tozero" },
            extra: new { barmode = "group" });
    }
}
