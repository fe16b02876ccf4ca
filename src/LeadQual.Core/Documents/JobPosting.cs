namespace LeadQual.Documents;

/// <summary>A job posting reduced to its text (Markdown or plain), with what the page said of title and company.</summary>
public sealed record JobPosting(string JobId, string? Title, string? Company, string Description, string? Url = null);
