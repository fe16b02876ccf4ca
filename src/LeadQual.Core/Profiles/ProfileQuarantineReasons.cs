namespace LeadQual.Profiles;

/// <summary>Why a resume ended in <c>profile_quarantine</c> instead of <c>candidate_profiles</c>.</summary>
public static class ProfileQuarantineReasons
{
    /// <summary>The file is missing, empty, binary or over the size limit (the seed's code for jobs, reused).</summary>
    public const string MissingResume = "missing_resume";

    /// <summary>The engine or the store failed on a readable resume.</summary>
    public const string FailedGenerateProfile = "failed_generate_profile";
}
