namespace LeadQual.Evaluation.Slices;

/// <summary>
/// The kind of a gold requirement (degree, years, skill or tool, licence or certification, leadership,
/// language, other) from its text, by the rules of data/rules/requirement-kinds.csv.
/// </summary>
public static class RequirementKinds
{
    public const string SkillOrTool = "skill_or_tool";

    private static readonly Lazy<SliceRules> Rules = new(() => SliceRules.Load("requirement-kinds.csv", SkillOrTool));

    public static string Of(string requirement) => Rules.Value.Label(requirement);
}
