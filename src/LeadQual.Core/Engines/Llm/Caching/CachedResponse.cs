namespace LeadQual.Engines.Llm.Caching;

/// <summary>A validated answer kept for reuse, with the model that served it and its generation id.</summary>
public sealed record CachedResponse(string Text, string? ServedModel, string? GenerationId, DateTimeOffset CreatedAt);
