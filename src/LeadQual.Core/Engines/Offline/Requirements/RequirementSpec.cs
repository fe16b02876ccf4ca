using LeadQual.Taxonomy;

namespace LeadQual.Engines.Offline.Requirements;

/// <summary>One verifiable part of a requirement; a requirement holds when every part does.</summary>
public abstract record RequirementSpec;

/// <summary>A minimum degree level, optionally "or equivalent experience"; or, for internships, one being studied for.</summary>
public sealed record DegreeSpec(DegreeLevel Level, bool OrEquivalentExperience, bool InProgress = false) : RequirementSpec;

/// <summary>A certification or licence in a skill ("AWS certification", "state RN licence"): the skill alone is not enough.</summary>
public sealed record CredentialSpec(IReadOnlyList<SkillEntry> Skills, bool AnyOne) : RequirementSpec;

/// <summary>A degree in one of these fields (or a related one when the posting allows it).</summary>
public sealed record FieldSpec(IReadOnlyList<FieldOfStudy> Fields, bool AllowRelated) : RequirementSpec;

/// <summary>At least <see cref="Years"/> years, counted in roles about the domain (all roles when it is empty).</summary>
public sealed record YearsSpec(double Years, string Domain, IReadOnlyList<SkillEntry> DomainSkills) : RequirementSpec;

/// <summary>Named skills, tools, certifications or licences: all of them, or any one when written as alternatives.</summary>
public sealed record SkillSpec(IReadOnlyList<SkillEntry> Skills, bool AnyOne, bool AcceptSimilar) : RequirementSpec;

/// <summary>Any member of a category ("a relational database", "an EHR system").</summary>
public sealed record CategorySpec(CategoryEntry Category) : RequirementSpec;

/// <summary>Led a team or people, optionally of a minimum size.</summary>
public sealed record LeadershipSpec(int MinimumTeamSize) : RequirementSpec;

/// <summary>Nothing recognised: the content words must appear together on a resume line.</summary>
public sealed record KeywordSpec(IReadOnlyList<string> Terms) : RequirementSpec;
