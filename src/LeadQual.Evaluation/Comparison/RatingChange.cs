namespace LeadQual.Evaluation.Comparison;

/// <summary>A pair whose end-to-end rating differs between the runs (null: that run could not rate it), with the gold rating and both match shares.</summary>
public sealed record RatingChange(string Pair, string Gold, string? A, string? B, double? MatchPercentageA, double? MatchPercentageB);
