using LeadQual.Evaluation.Metrics;

namespace LeadQual.Evaluation.Units;

/// <summary>One posting's decomposition result: its gold requirements aligned with the predicted ones (the bootstrap unit of the decomposition figures).</summary>
public sealed record PostingUnit(string JobId, IReadOnlyList<AlignedRequirement> Alignment);
