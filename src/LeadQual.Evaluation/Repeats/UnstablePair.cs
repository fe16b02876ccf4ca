namespace LeadQual.Evaluation.Repeats;

/// <summary>A pair rated differently by repeats of the same run (null: that repeat could not rate it).</summary>
public sealed record UnstablePair(string Pair, string Gold, IReadOnlyList<string?> Ratings);
