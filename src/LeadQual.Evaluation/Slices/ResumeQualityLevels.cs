using LeadQual.Evaluation.Data;

namespace LeadQual.Evaluation.Slices;

/// <summary>
/// A resume's quality level from its gold quality flags: <c>low</c> when there is too little, garbled or
/// undated text to judge; <c>partial</c> when a section (education, skills) is missing; else <c>complete</c>.
/// </summary>
public static class ResumeQualityLevels
{
    public const string Complete = "complete";
    public const string Partial = "partial";
    public const string Low = "low";

    public static string Of(GoldResume resume) =>
        resume.QualityFlags.Any(f => f is QualityFlag.LowContent or QualityFlag.UnparseableFormat or QualityFlag.MissingDates or QualityFlag.MissingExperience) ? Low
        : resume.QualityFlags.Count > 0 ? Partial
        : Complete;
}
