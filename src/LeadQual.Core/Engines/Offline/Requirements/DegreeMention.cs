namespace LeadQual.Engines.Offline.Requirements;

/// <summary>A degree named in text: its level, the words naming it and where they stand.</summary>
public sealed record DegreeMention(DegreeLevel Level, string Text, int Start, int End);
