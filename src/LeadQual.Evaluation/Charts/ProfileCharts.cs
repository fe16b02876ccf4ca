using LeadQual.Profiles;

namespace LeadQual.Evaluation.Charts;

/// <summary>A candidate profile as a chart: the confidence of every skill, explicit and inferred apart, titled with the engine and model that profiled it.</summary>
public static class ProfileCharts
{
    public static PlotlyFigure Confidence(CandidateProfile profile)
    {
        static IReadOnlyList<(string, double, string)> Bars(IEnumerable<SkillAssessment> skills) =>
            skills.Select(s => (s.Skill, s.Confidence, $"{s.Evidence.Count} evidence line(s)")).ToList();
        return ConfidenceBars.Build(
            $"Skill confidence · {profile.ResumeId} · analysis confidence {profile.AnalysisConfidence:0.00} · {profile.ProcessingMetadata.Engine} · {profile.ProcessingMetadata.Model}",
            "confidence",
            22,
            ("explicit", Bars(profile.ExplicitSkills)),
            ("inferred", Bars(profile.InferredSkills.OrderBy(s => s.Confidence))));
    }
}
