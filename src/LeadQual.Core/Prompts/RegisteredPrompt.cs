namespace LeadQual.Prompts;

/// <summary>A row of the <c>prompts</c> table. <see cref="Id"/> is the stored id, which a changed row would no longer match.</summary>
public sealed record RegisteredPrompt(string Id, PromptVersion Version, DateTimeOffset CreatedAt);
