using LeadQual.Evaluation.Running;

namespace LeadQual.Evaluation.Reporting;

/// <summary>The decisions worth reading first: false positives (a match the gold label denies), then false negatives, each most confident first.</summary>
internal static class WorstErrors
{
    public const int PerKind = 25;

    public static IReadOnlyList<RequirementDecision> FalsePositives(IEnumerable<RequirementDecision> decisions) => Worst(decisions, d => !d.Gold && d.Predicted);

    public static IReadOnlyList<RequirementDecision> FalseNegatives(IEnumerable<RequirementDecision> decisions) => Worst(decisions, d => d.Gold && !d.Predicted);

    private static List<RequirementDecision> Worst(IEnumerable<RequirementDecision> decisions, Func<RequirementDecision, bool> kind) =>
        decisions.Where(kind).OrderByDescending(d => d.Confidence).ThenBy(d => d.Pair, StringComparer.Ordinal).ThenBy(d => d.RequirementId, StringComparer.Ordinal).ToList();
}
