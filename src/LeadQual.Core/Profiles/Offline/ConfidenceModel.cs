namespace LeadQual.Profiles.Offline;

/// <summary>
/// Confidence of an inferred skill from its pieces of evidence: each piece's base confidence times the
/// weight of its kind; the strongest counts fully, each further line half (repetition raises confidence
/// with diminishing returns); capped below certainty because an inference is never a mention.
/// </summary>
public static class ConfidenceModel
{
    public const double ImplicationBase = 0.85;
    public const double Cap = 0.95;

    public static double Weight(EvidenceType type) => type switch
    {
        EvidenceType.DirectMention => 1.0,
        EvidenceType.RoleResponsibility => 0.95,
        EvidenceType.Implication => 1.0,
        _ => 0.9,
    };

    public static double Combine(IEnumerable<(double Base, EvidenceType Type)> evidence)
    {
        var strengths = evidence.Select(e => Math.Clamp(e.Base * Weight(e.Type), 0, 1)).OrderDescending().ToList();
        if (strengths.Count == 0)
        {
            return 0;
        }

        var doubt = 1 - strengths[0];
        foreach (var further in strengths.Skip(1).Take(4))
        {
            doubt *= 1 - (further / 2);
        }

        return Math.Round(Math.Min(Cap, 1 - doubt), 2);
    }
}
