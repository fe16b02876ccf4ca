namespace LeadQual.Evaluation.Running;

/// <summary>One cell of the rating confusion matrix.</summary>
public sealed record RatingCell(string Gold, string Predicted, int Count);
