namespace LeadQual.Jobs;

/// <summary>How a rating was reached: matched units over counted units (any_of groups count once).</summary>
public sealed record RatingOutcome(int Matched, int Counted, double MatchPercentage, JobRating Rating);
