namespace LeadQual.Jobs;

public enum JobRating
{
    Low,
    Medium,
    High,
}
