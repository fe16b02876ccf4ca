namespace LeadQual.Jobs;

/// <summary>
/// One item of the seed's <c>assessed_objects</c>, plus the decision's <see cref="Confidence"/>
/// (probability in [0,1] that <see cref="Match"/> is right) and the resume lines it rests on.
/// </summary>
public sealed record AssessedRequirement(
    string RequirementString,
    string MatchReasoning,
    bool Match,
    double Confidence,
    IReadOnlyList<EvidenceQuote> Evidence);
