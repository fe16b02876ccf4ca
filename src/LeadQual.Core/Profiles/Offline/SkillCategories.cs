using LeadQual.Taxonomy;

namespace LeadQual.Profiles.Offline;

/// <summary>The profile category of a taxonomy skill: certifications and licences count as domain skills.</summary>
public static class SkillCategories
{
    public static SkillCategory Of(SkillKind kind) => kind switch
    {
        SkillKind.Technical => SkillCategory.Technical,
        SkillKind.Soft => SkillCategory.Soft,
        _ => SkillCategory.Domain,
    };
}
