namespace LeadQual.Profiles;

/// <summary>
/// A snippet quoted verbatim from the resume, with its section and 1-based line numbers
/// (<see cref="LineEnd"/> equals <see cref="LineStart"/> for a one-line snippet).
/// </summary>
public sealed record SkillEvidence(string Snippet, EvidenceSection Section, int LineStart, int LineEnd, EvidenceType EvidenceType);
