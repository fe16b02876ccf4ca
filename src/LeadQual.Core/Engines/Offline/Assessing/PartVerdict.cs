using LeadQual.Jobs;

namespace LeadQual.Engines.Offline.Assessing;

/// <summary>The decision on one part of a requirement, with the evidence it rests on.</summary>
public sealed record PartVerdict(bool Met, double Confidence, string Reason, IReadOnlyList<EvidenceQuote> Evidence)
{
    public static PartVerdict Yes(double confidence, string reason, params EvidenceQuote[] evidence) => new(true, confidence, reason, evidence);

    public static PartVerdict No(double confidence, string reason) => new(false, confidence, reason, []);
}
