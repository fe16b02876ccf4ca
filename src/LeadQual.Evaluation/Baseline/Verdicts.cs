namespace LeadQual.Evaluation.Baseline;

/// <summary>The gate's three verdicts.</summary>
public static class Verdicts
{
    public const string Regressed = "regressed";
    public const string WithinNoise = "within noise";
    public const string Improved = "improved";
}
