namespace LeadQual.Jobs;

/// <summary>
/// One item of the seed's response lists. Evaluated qualifications carry no decision
/// (<see cref="Match"/> and <see cref="Confidence"/> are null) because a resume cannot show them.
/// </summary>
public sealed record QualificationResult(
    string RequirementString,
    string MatchReasoning,
    bool? Match,
    double? Confidence,
    IReadOnlyList<EvidenceQuote> Evidence,
    string? AnyOf);
