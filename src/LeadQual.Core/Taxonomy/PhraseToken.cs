namespace LeadQual.Taxonomy;

/// <summary>A token of text with its position, as the phrase index sees it.</summary>
public readonly record struct PhraseToken(string Text, string Key, int Start, int End);
