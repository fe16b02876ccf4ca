using LeadQual.Engines.Offline.Resumes;
using LeadQual.Taxonomy;

namespace LeadQual.Profiles.Offline;

/// <summary>One item of a skills list, with the taxonomy skill it names when it was built from a modifier ("Excel macros").</summary>
public sealed record SkillListItem(string Text, SkillEntry? Known)
{
    public ResumeLine? Line { get; init; }
}
