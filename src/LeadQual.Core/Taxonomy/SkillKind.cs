namespace LeadQual.Taxonomy;

public enum SkillKind
{
    Technical,
    Soft,
    Domain,
    Certification,
    License,
}
