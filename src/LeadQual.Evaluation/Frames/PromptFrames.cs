using LeadQual.Evaluation.Prompts;
using LeadQual.Prompts;
using Microsoft.Data.Analysis;

namespace LeadQual.Evaluation.Frames;

/// <summary>Prompt versions as DataFrames: the registry's versions of a step, and trials side by side.</summary>
public static class PromptFrames
{
    public static DataFrame Versions(IEnumerable<RegisteredPrompt> prompts)
    {
        var list = prompts.ToList();
        return new DataFrame(
            new StringDataFrameColumn("label", list.Select(p => p.Version.Label)),
            new StringDataFrameColumn("id", list.Select(p => p.Id)),
            new StringDataFrameColumn("model", list.Select(p => p.Version.Model)),
            new DoubleDataFrameColumn("temperature", list.Select(p => (double?)p.Version.Temperature)),
            new Int32DataFrameColumn("template_lines", list.Select(p => (int?)p.Version.Template.Split('\n').Length)),
            new StringDataFrameColumn("registered_at", list.Select(p => p.CreatedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture))));
    }

    public static DataFrame Compare(IEnumerable<PromptTrial> trials)
    {
        var list = trials.ToList();
        static double? Round(double? v) => v is { } x ? Math.Round(x, 4) : null;
        return new DataFrame(
            new StringDataFrameColumn("label", list.Select(t => t.Label)),
            new StringDataFrameColumn("id", list.Select(t => t.Id)),
            new StringDataFrameColumn("mode", list.Select(t => t.Mode)),
            new StringDataFrameColumn("model", list.Select(t => t.Model)),
            new Int32DataFrameColumn("pairs", list.Select(t => (int?)t.Pairs)),
            new Int64DataFrameColumn("input_tokens", list.Select(t => (long?)t.InputTokens)),
            new Int64DataFrameColumn("output_tokens", list.Select(t => (long?)t.OutputTokens)),
            new DecimalDataFrameColumn("cost_usd", list.Select(t => t.CostUsd)),
            new DoubleDataFrameColumn("accuracy", list.Select(t => Round(t.Accuracy))),
            new DoubleDataFrameColumn("precision", list.Select(t => Round(t.Precision))),
            new DoubleDataFrameColumn("recall", list.Select(t => Round(t.Recall))),
            new DoubleDataFrameColumn("ece", list.Select(t => Round(t.Ece))),
            new DoubleDataFrameColumn("rating_exact", list.Select(t => Round(t.RatingExact))));
    }
}
