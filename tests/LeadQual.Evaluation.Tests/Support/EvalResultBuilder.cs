using LeadQual.Engines;
using LeadQual.Evaluation.Metrics;
using LeadQual.Evaluation.Running;
using LeadQual.Jobs;

namespace LeadQual.Evaluation.Tests.Support;

/// <summary>A small hand-built EvalResult of the offline engine: four decisions (one of each outcome), three rated pairs, one prompt version.</summary>
public static class EvalResultBuilder
{
    public static readonly DateTimeOffset At = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    public static EvalResult Offline(string requirementText = "5+ years of SQL", DateTimeOffset? at = null, double precision = 0.5)
    {
        RequirementDecision[] decisions =
        [
            new("R001", "J001", "r1", "Bachelor's degree", "required_qualification", true, true, 0.95, "Line 9 states a master's degree.", "L9: M.S. Statistics, 2018"),
            new("R001", "J001", "r2", requirementText, "required_qualification", false, true, 0.92, "Line 3 lists SQL <b>with</b> \"years\".", "L3: Python, SQL, AWS"),
            new("R002", "J001", "r3", "Kubernetes certification", "additional_qualification", true, false, 0.70, "No certification found.", string.Empty),
            new("R002", "J001", "r4", "AWS experience", "additional_qualification", false, false, 0.90, "AWS is not named.", string.Empty),
        ];
        var bins = Calibration.Of(decisions.Select(d => (d.Confidence, d.Correct)));
        var metrics = new EvalMetrics(
            "offline",
            "offline/1.0.0",
            "offline-rules/1.0.0",
            "eval-data",
            at ?? At,
            1.25,
            new DecompositionMetrics(2, 6, 5, 4, 0.8, 0.667, 0.727, 0.75),
            new AssessmentMetrics(4, 0.5, precision, 0.5, 0.5, bins.Ece, bins.Brier, Calibration.BinCount, bins.Bins),
            new RatingMetrics(3, 0.667, 1.0, [new RatingCell("high", "high", 1), new RatingCell("low", "medium", 1), new RatingCell("medium", "medium", 1)]),
            Profile: null,
            new CostMetrics(12, 0, 0, 0, 0m, false, 1.5, 4.0, 8.0, [new PromptVersionCost("ja_3_1_assessment", "offline/1.0.0", 12, 0, 0, 0, 0m, 1.5)]),
            Failures: 0);
        PairRating[] ratings =
        [
            new("R001", "J001", JobRating.High, JobRating.High, 0.9, null),
            new("R002", "J001", JobRating.Low, JobRating.Medium, 0.5, null),
            new("R003", "J002", JobRating.Medium, JobRating.Medium, 0.6, null),
        ];
        return new EvalResult(metrics, [], decisions, ratings, Array.Empty<StepCall>(), []);
    }

    /// <summary>
    /// The offline result with profiles measured on two resumes: six inferred skills (three the gold lists as
    /// inferred, one as explicit), an explicit skill the gold does not list, four wrong inferred predictions
    /// one of them as explicit), four wrong predictions, and gold skills missed (SQL on both resumes).
    /// </summary>
    public static EvalResult WithProfiles(string wrongSkill = "Kubernetes", string requirementText = "5+ years of SQL", DateTimeOffset? at = null)
    {
        ProfileSkillRow[] rows =
        [
            new("R001", "explicit", "Python", true, true, 1.0, "L3: Python, SQL, AWS"),
            new("R001", "explicit", "Excel", true, false, 1.0, "L4: Excel"),
            new("R001", "inferred", "Statistics", true, true, 0.85, "L9: M.S. Statistics, 2018"),
            new("R001", "inferred", "Machine Learning", true, true, 0.75, "L9: M.S. Statistics, 2018"),
            new("R001", "inferred", wrongSkill, true, false, 0.9, "L5: deployed <b>containers</b>"),
            new("R002", "inferred", "Docker", true, false, 0.65, "L2: containers"),
            new("R002", "inferred", "Linux", true, false, 0.55, "L7: shell scripts"),
            new("R002", "inferred", "Git", true, true, 0.8, "L7: version control"),
            new("R001", "explicit", "Tableau", false, true, null, string.Empty),
            new("R002", "explicit", "Linux", false, true, null, string.Empty),
            new("R001", "explicit", "SQL", false, true, null, string.Empty),
            new("R002", "explicit", "sql", false, true, null, string.Empty),
        ];
        var inferred = Calibration.Of(rows.Where(r => r.Kind == "inferred" && r.Predicted).Select(r => (r.Confidence!.Value, r.InGold || r.Skill == "Linux")));
        var profile = new ProfileMetrics(
            2,
            new SetMetrics(0.5, 0.667, 0.571),
            new SetMetrics(0.5, 1.0, 0.667),
            new SetMetrics(1.0, 1.0, 1.0),
            new SetMetrics(1.0, 1.0, 1.0),
            null,
            1.5,
            2,
            0.5,
            2,
            inferred.Ece,
            inferred.Brier,
            inferred.Bins,
            12,
            1,
            1.0 / 12);
        var offline = Offline(requirementText, at);
        return offline with { Metrics = offline.Metrics with { Profile = profile }, ProfileSkills = rows };
    }

    /// <summary>The same result as if the LLM engine had run it through a server that answered with <paramref name="servedModels"/>.</summary>
    public static EvalResult Llm(params string[] servedModels)
    {
        var offline = Offline();
        return offline with
        {
            Metrics = offline.Metrics with { Engine = "llm", Model = "openai/gpt-5-mini", PromptVersion = "ja_3_1_assessment/2.0.0", ServedModels = servedModels },
        };
    }
}
