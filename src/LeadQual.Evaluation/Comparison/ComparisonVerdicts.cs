namespace LeadQual.Evaluation.Comparison;

/// <summary>What a difference says: the interval of B − A lies wholly on the better or the worse side, or it does not.</summary>
public static class ComparisonVerdicts
{
    public const string Better = "better";
    public const string Worse = "worse";
    public const string NoChange = "no detectable change";
    public const string NotMeasured = "not measured";
}
