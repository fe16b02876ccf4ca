namespace LeadQual.Profiles.Offline;

/// <summary>What the quality validator found: the flags, the content richness and the overall analysis confidence, all in [0,1].</summary>
public sealed record QualityReport(IReadOnlyList<string> Flags, double ContentRichness, double AnalysisConfidence, GarbleReport Garble);
