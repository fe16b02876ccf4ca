using LeadQual.Pipeline;

namespace LeadQual.Evaluation.Charts;

/// <summary>One assessment as a chart: every assessed requirement's confidence, matched and unmatched apart, titled with the engine and model that decided.</summary>
public static class AssessmentCharts
{
    public static PlotlyFigure Decisions(AssessmentRun run)
    {
        var result = run.Result;
        var rows = result.RequiredQualifications.Select(q => (Kind: "required", q))
            .Concat(result.AdditionalQualifications.Select(q => (Kind: "additional", q)))
            .Where(r => r.q.Match is not null)
            .ToList();
        IReadOnlyList<(string, double, string)> Bars(bool match) =>
            rows.Where(r => r.q.Match == match).Select(r => ($"{r.Kind}: {Short(r.q.RequirementString)}", r.q.Confidence ?? 0, string.Empty)).ToList();
        return ConfidenceBars.Build(
            $"{result.JobTitle ?? result.JobId}: rating {result.Rating.ToString().ToLowerInvariant()} ({result.MatchPercentage:P0} of required matched) · {result.Engine} · {result.Model}",
            "confidence that the decision is right",
            28,
            ("match", Bars(true)),
            ("no match", Bars(false)));
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..59] + "…";
}
