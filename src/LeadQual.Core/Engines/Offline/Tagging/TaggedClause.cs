namespace LeadQual.Engines.Offline.Tagging;

/// <summary>A clause of a requirement sentence; <see cref="Preferred"/> when a softener ("ideally", "even better") introduced it.</summary>
public sealed record TaggedClause(string Text, bool Preferred);
