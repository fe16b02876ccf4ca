using LeadQual.Evaluation.Running;

namespace LeadQual.Evaluation.Units;

/// <summary>
/// A run's per-unit results (units.json beside metrics.json): what intervals, slices, the noise-aware
/// gate and <c>leadqual compare</c> resample. Names the engine and model that produced them.
/// </summary>
public sealed record EvalUnits(
    string Engine,
    string Model,
    string PromptVersion,
    IReadOnlyList<PostingUnit> Postings,
    IReadOnlyList<PairUnit> Pairs,
    IReadOnlyList<ResumeUnit> Resumes)
{
    public const string FileName = "units.json";

    /// <summary>The units of a finished run, each list ordered by its key.</summary>
    public static EvalUnits Of(EvalResult result)
    {
        var decisions = result.Decisions.ToLookup(d => d.Pair, StringComparer.Ordinal);
        return new EvalUnits(
            result.Metrics.Engine,
            result.Metrics.Model,
            result.Metrics.PromptVersion,
            result.Alignment.GroupBy(a => a.JobId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new PostingUnit(g.Key, g.ToList())).ToList(),
            result.Ratings.OrderBy(r => r.Pair, StringComparer.Ordinal).Select(r => new PairUnit(r.ResumeId, r.JobId, decisions[r.Pair].ToList(), r)).ToList(),
            result.ProfileUnits.OrderBy(r => r.ResumeId, StringComparer.Ordinal).ToList());
    }

    /// <summary>The same units without reasoning and evidence text: all a figure needs, in a smaller file.</summary>
    public EvalUnits WithoutText() => this with
    {
        Pairs = Pairs.Select(p => p with { Decisions = p.Decisions.Select(d => d with { Reasoning = string.Empty, Evidence = string.Empty }).ToList() }).ToList(),
    };
}
