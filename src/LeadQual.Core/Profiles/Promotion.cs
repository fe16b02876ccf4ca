namespace LeadQual.Profiles;

/// <summary>A later role at the same employer with a higher seniority level.</summary>
public sealed record Promotion(string Employer, string FromTitle, string ToTitle, SeniorityLevel FromSeniority, SeniorityLevel ToSeniority, string Date);
