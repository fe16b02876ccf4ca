namespace LeadQual.Engines;

/// <summary>The seed's step names, used as <c>llm_run_type</c> and prompt names.</summary>
public static class StepName
{
    public const string Tagging = "ja_2_1_assessment";
    public const string Atomizing = "ja_2_2_assessment";
    public const string Classifying = "ja_2_3_assessment";
    public const string Assessing = "ja_3_1_assessment";

    /// <summary>The candidate profile prompt (not a job step; its calls are rows of profile_llm_runs, keyed by resume).</summary>
    public const string Profiling = "profile_assessment";
}
