namespace LeadQual.Engines;

/// <summary>The seed's job quarantine reason codes.</summary>
public static class QuarantineReasons
{
    public const string FailedGenerateAssessment = "failed_generate_assessment";
    public const string MissingJobDescription = "missing_job_description";
    public const string MissingResume = "missing_resume";
    public const string PromptConfigurationError = "prompt_configuration_error";
}
