namespace LeadQual.Profiles;

/// <summary>The seed's skill categories: technical, soft, domain-specific.</summary>
public enum SkillCategory
{
    Technical,
    Soft,
    Domain,
}
