using LeadQual.Taxonomy;

namespace LeadQual.Engines.Offline.Resumes;

/// <summary>What a resume states, read once and shared by every requirement decision and the profile.</summary>
public sealed class ResumeFacts
{
    public required IReadOnlyList<ResumeLine> Lines { get; init; }

    public required IReadOnlyList<Role> Roles { get; init; }

    /// <summary>Degrees held; one "expected 2027" or "in progress" is in <see cref="DegreesInProgress"/> instead.</summary>
    public required IReadOnlyList<ResumeDegree> Degrees { get; init; }

    public IReadOnlyList<ResumeDegree> DegreesInProgress { get; init; } = [];

    public required IReadOnlyList<SkillMention> Skills { get; init; }

    public required IReadOnlyList<TeamLed> Teams { get; init; }

    public required IReadOnlySet<ResumeSection> SectionsPresent { get; init; }

    /// <summary>Years of experience from dated roles, overlaps counted once.</summary>
    public required double TotalYears { get; init; }

    public required int WordCount { get; init; }

    public ResumeLine Line(int number) => Lines[number - 1];

    public IEnumerable<SkillMention> MentionsOf(SkillEntry skill) => Skills.Where(m => m.Skill == skill);
}
