namespace LeadQual.Evaluation.Running;

/// <summary>One step-3.1 decision on a gold requirement of a pair, beside its gold label (a row of decisions.csv).</summary>
public sealed record RequirementDecision(
    string ResumeId,
    string JobId,
    string RequirementId,
    string Requirement,
    string Classification,
    bool Gold,
    bool Predicted,
    double Confidence,
    string Reasoning,
    string Evidence)
{
    public string Pair => $"{ResumeId}__{JobId}";

    public bool Correct => Gold == Predicted;
}
