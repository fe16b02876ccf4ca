namespace LeadQual.Taxonomy;

/// <summary>A phrase of the index found in text: what it resolved to and where it stands.</summary>
public sealed record PhraseMatch<T>(T Value, string MatchedText, int Start, int End);
