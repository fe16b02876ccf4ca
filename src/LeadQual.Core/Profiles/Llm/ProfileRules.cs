using System.Globalization;

namespace LeadQual.Profiles.Llm;

/// <summary>
/// What the profile schema cannot say: skills not blank, confidences in [0,1], cited lines inside the resume,
/// quality flags and degree from the labelled set's vocabulary. Whether a quote is verbatim is not a rule:
/// <see cref="EvidenceVerifier"/> drops and counts those after the answer is accepted.
/// </summary>
public static class ProfileRules
{
    public static readonly IReadOnlyList<string> Degrees = ["none", "high_school", "associate", "bachelor", "master", "doctorate"];

    public static Func<ProfileAnswer, IReadOnlyList<string>> For(int resumeLineCount) => answer =>
    {
        var errors = new List<string>();
        Skills("explicit_skills", answer.ExplicitSkills, resumeLineCount, errors);
        Skills("inferred_skills", answer.InferredSkills, resumeLineCount, errors);
        Evidence("leadership_scope.evidence", answer.LeadershipScope.Evidence, resumeLineCount, errors);
        Unit("analysis_confidence", answer.AnalysisConfidence, errors);
        Unit("content_richness", answer.ContentRichness, errors);
        foreach (var flag in answer.QualityFlags.Where(f => !QualityFlags.All.Contains(f)))
        {
            errors.Add($"quality_flags has \"{flag}\"; use only {string.Join(", ", QualityFlags.All)}");
        }

        if (!Degrees.Contains(answer.HighestDegree))
        {
            errors.Add($"highest_degree is \"{answer.HighestDegree}\"; use one of {string.Join(", ", Degrees)}");
        }

        if (answer.TotalYearsExperience is < 0 or > 70 || double.IsNaN(answer.TotalYearsExperience))
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"total_years_experience is {answer.TotalYearsExperience}; it must be in [0, 70]"));
        }

        return errors;
    };

    private static void Skills(string list, IReadOnlyList<ProfileSkillAnswer> skills, int lines, List<string> errors)
    {
        for (var i = 0; i < skills.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(skills[i].Skill))
            {
                errors.Add($"{list}[{i}].skill is blank");
            }

            Unit($"{list}[{i}].confidence", skills[i].Confidence, errors);
            Evidence($"{list}[{i}].evidence", skills[i].Evidence, lines, errors);
        }
    }

    private static void Evidence(string path, IReadOnlyList<SkillEvidence> evidence, int lines, List<string> errors)
    {
        foreach (var quote in evidence.Where(e => e.LineStart < 1 || e.LineEnd < e.LineStart || e.LineEnd > lines))
        {
            errors.Add($"{path} cites lines {quote.LineStart}-{quote.LineEnd}; the resume has lines 1-{lines}");
        }
    }

    private static void Unit(string path, double value, List<string> errors)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{path} is {value}; it must be in [0, 1]"));
        }
    }
}
