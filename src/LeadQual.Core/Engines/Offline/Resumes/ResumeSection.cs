namespace LeadQual.Engines.Offline.Resumes;

/// <summary>The resume section a line belongs to (the evidence vocabulary of seed 000).</summary>
public enum ResumeSection
{
    Header,
    Summary,
    Experience,
    Education,
    Skills,
    Certifications,
    Projects,
    Other,
}
