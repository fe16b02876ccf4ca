namespace LeadQual.Profiles;

/// <summary>The quality-flag vocabulary of the labelled set (EVAL-DATA-FORMAT.md).</summary>
public static class QualityFlags
{
    public const string LowContent = "low_content";
    public const string MissingExperience = "missing_experience";
    public const string MissingEducation = "missing_education";
    public const string MissingSkills = "missing_skills";
    public const string MissingDates = "missing_dates";
    public const string UnparseableFormat = "unparseable_format";

    public static IReadOnlyList<string> All { get; } = [LowContent, MissingExperience, MissingEducation, MissingSkills, MissingDates, UnparseableFormat];
}
