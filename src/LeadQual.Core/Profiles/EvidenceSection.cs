namespace LeadQual.Profiles;

/// <summary>The resume section a snippet comes from (seed 000's evidence vocabulary).</summary>
public enum EvidenceSection
{
    Experience,
    Projects,
    Education,
    Skills,
    Summary,
}
