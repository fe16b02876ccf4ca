namespace LeadQual.Profiles;

/// <summary>How a snippet evidences a skill; the offline engine weighs confidence by it.</summary>
public enum EvidenceType
{
    /// <summary>The skill (or an alias) is named.</summary>
    DirectMention,

    /// <summary>A duty of a role that needs the skill ("on-call for the payments platform").</summary>
    RoleResponsibility,

    /// <summary>Something built or delivered that needs the skill ("built ETL jobs").</summary>
    ProjectContext,

    /// <summary>A named skill that implies this one in the taxonomy (Django → Python).</summary>
    Implication,
}
