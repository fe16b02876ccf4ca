namespace LeadQual.Engines.Offline.Assessing;

/// <summary>
/// How likely a decision is right given the kind of evidence behind it, as the issue orders them:
/// stated in a dated role &gt; listed in a skills section &gt; met through a category or equivalent &gt; absent.
/// These are the engine's stated priors; the evaluation's reliability diagram checks them.
/// </summary>
public static class EvidenceStrength
{
    public const double InDatedRole = 0.95;
    public const double InSkillsSection = 0.92;
    public const double ElsewhereInResume = 0.88;
    public const double ThroughImplication = 0.82;
    public const double ThroughCategory = 0.8;
    public const double EquivalentExperience = 0.6;
    public const double AbsentSkill = 0.9;
    public const double AbsentWithThinResume = 0.7;
    public const double DegreeStated = 0.95;
    public const double DegreeAbsent = 0.88;
    public const double YearsClear = 0.9;
    public const double YearsNearThreshold = 0.7;
    public const double KeywordsTogether = 0.7;
    public const double KeywordsAbsent = 0.75;
}
