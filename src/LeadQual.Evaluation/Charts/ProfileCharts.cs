using System.Net;
using LeadQual.Profiles;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace LeadQual.Evaluation.Charts;

/// <summary>A candidate profile as a chart: the confidence of every skill, explicit and inferred apart.</summary>
public static class ProfileCharts
{
    public static GenericChart Confidence(CandidateProfile profile)
    {
        GenericChart Trace(string name, IReadOnlyList<SkillAssessment> skills) =>
            CSharpChart.Bar<double, string, string>(
                values: skills.Select(s => s.Confidence),
                Keys: skills.Select(s => WebUtility.HtmlEncode(s.Skill)).ToList(),
                Name: name,
                MultiText: skills.Select(s => $"{s.Evidence.Count} evidence line(s)").ToList());
        var inferred = profile.InferredSkills.OrderBy(s => s.Confidence).ToList();
        var count = profile.ExplicitSkills.Count + inferred.Count;
        return ChartLayout.Apply(CSharpChart.Combine([Trace("explicit", profile.ExplicitSkills), Trace("inferred", inferred)]),
            $"Skill confidence · {profile.ResumeId} · analysis confidence {profile.AnalysisConfidence:0.00}",
            new { title = new { text = "confidence" }, range = new[] { 0.0, 1.05 } },
            new { automargin = true, type = "category" },
            height: Math.Max(320, 22 * count + 120));
    }
}
