namespace LeadQual.Documents;

/// <summary>What a saved job page says: title, company and the description as Markdown.</summary>
public sealed record ExtractedPosting(string? Title, string? Company, string Description, bool FromJsonLd);
