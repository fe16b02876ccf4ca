using LeadQual.Prompts.Estimation;

namespace LeadQual.Evaluation.DryRun;

/// <summary>
/// One prompt version's dry run over the evaluation set: <see cref="Unit"/> is what the step runs on (posting,
/// pair, resume), <see cref="Units"/> how many, and the estimate's calls (3.1 makes two per pair: the gold
/// requirements and the end-to-end decomposition).
/// </summary>
public sealed record DryRunRow(PromptEstimate Estimate, string Unit, int Units)
{
    public double InputTokensPerUnit => Units == 0 ? 0 : Math.Round((double)Estimate.InputTokens / Units, 1);

    public double InputTokensPerCall => Estimate.Jobs == 0 ? 0 : Math.Round((double)Estimate.InputTokens / Estimate.Jobs, 1);

    public double OutputTokensPerUnit => Units == 0 ? 0 : Math.Round((double)Estimate.EstimatedOutputTokens / Units, 1);
}
