namespace LeadQual.Evaluation.Units;

/// <summary>A stated confidence and whether the thing it was about was right (one point of a calibration).</summary>
public sealed record ConfidencePoint(double Confidence, bool Correct);
