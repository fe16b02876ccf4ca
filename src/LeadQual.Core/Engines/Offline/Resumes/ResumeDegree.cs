using LeadQual.Engines.Offline.Requirements;
using LeadQual.Taxonomy;

namespace LeadQual.Engines.Offline.Resumes;

/// <summary>A degree the resume states, with the fields of study named beside it.</summary>
public sealed record ResumeDegree(DegreeLevel Level, IReadOnlyList<FieldOfStudy> Fields, int Line, string Text)
{
    /// <summary>Still being studied for ("expected 2027"): shows the field, not a degree held.</summary>
    public bool InProgress { get; init; }
}
