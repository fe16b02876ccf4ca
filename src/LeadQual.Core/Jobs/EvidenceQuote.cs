namespace LeadQual.Jobs;

/// <summary>A resume line quoted verbatim, with its 1-based line number.</summary>
public sealed record EvidenceQuote(int Line, string Text);
