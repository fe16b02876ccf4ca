namespace LeadQual.Evaluation.Comparison;

/// <summary>One side of a comparison: where it came from (an output folder or an eval_runs id) and what produced it.</summary>
public sealed record ComparedRun(string Source, string Engine, string Model, string PromptVersion)
{
    public string ProducedBy => $"{Engine} · {Model} · {PromptVersion}";
}
