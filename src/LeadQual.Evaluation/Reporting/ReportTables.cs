using System.Globalization;
using System.Text;
using LeadQual.Evaluation.Comparison;
using LeadQual.Evaluation.Repeats;
using LeadQual.Evaluation.Running;
using LeadQual.Evaluation.Slices;
using static System.Net.WebUtility;

namespace LeadQual.Evaluation.Reporting;

/// <summary>The report's tables as HTML. Every string that can come from a posting, a resume or an engine is HTML-encoded.</summary>
internal static class ReportTables
{
    public static string Metrics(EvalMetrics m)
    {
        var d = m.Decomposition;
        var a = m.Assessment;
        var r = m.Rating;
        var c = m.Cost;
        string I(string path, double? value) => WithInterval(m, path, value);
        var rows = new (string Area, string Metric, string Value)[]
        {
            ("decomposition (2.1–2.3)", "jobs · gold · predicted · aligned requirements", $"{d.Jobs} · {d.Gold} · {d.Predicted} · {d.Aligned}"),
            ("decomposition (2.1–2.3)", "requirement precision / recall / F1", $"{I("decomposition.precision", d.Precision)} / {I("decomposition.recall", d.Recall)} / {I("decomposition.f1", d.F1)}"),
            ("decomposition (2.1–2.3)", "classification accuracy (aligned)", I("decomposition.classification_accuracy", d.ClassificationAccuracy)),
            ("assessment (3.1)", "decisions", a.N.ToString(CultureInfo.InvariantCulture)),
            ("assessment (3.1)", "accuracy", I("assessment.accuracy", a.Accuracy)),
            ("assessment (3.1)", "precision / recall", $"{I("assessment.precision", a.Precision)} / {I("assessment.recall", a.Recall)}"),
            ("assessment (3.1)", "false-positive rate", I("assessment.false_positive_rate", a.FalsePositiveRate)),
            ("assessment (3.1)", $"ECE over {a.EceBins} equal-width bins / Brier", $"{I("assessment.ece", a.Ece)} / {I("assessment.brier", a.Brier)}"),
            ("rating (end to end)", "pairs", r.N.ToString(CultureInfo.InvariantCulture)),
            ("rating (end to end)", "exact / within one tier", $"{I("rating.exact", r.Exact)} / {I("rating.within_one", r.WithinOne)}"),
            ("cost", "calls", c.Calls.ToString(CultureInfo.InvariantCulture)),
            ("cost", "input / output / reasoning tokens", $"{c.InputTokens} / {c.OutputTokens} / {c.ReasoningTokens}"),
            ("cost", "cost (USD)", Usd(c.CostUsd) + (c.CostEstimated ? " (estimated)" : string.Empty)),
            ("cost", "latency p50 / p95 (ms)", $"{N(c.LatencyMsP50, "0.0")} / {N(c.LatencyMsP95, "0.0")}"),
            ("run", "wall time (s) · jobs per second", $"{m.WallSeconds.ToString("0.###", CultureInfo.InvariantCulture)} · {c.JobsPerSecond.ToString("0.##", CultureInfo.InvariantCulture)}"),
            ("run", "failures (quarantined jobs or pairs)", m.Failures.ToString(CultureInfo.InvariantCulture)),
        };
        return Table(["area", "metric", "value"], rows.Select(row => new[] { row.Area, row.Metric, row.Value }), "metrics");
    }

    /// <summary>A figure with its 95 % interval from metrics.json, "0.923 [0.906, 0.938]"; the bare figure when the run has none.</summary>
    public static string WithInterval(EvalMetrics m, string path, double? value) =>
        m.Intervals.TryGetValue(path, out var interval) && value is not null ? $"{N(value)} {interval}" : N(value);

    /// <summary>Every slice, weakest first (by assessment accuracy, else decomposition F1, else explicit-skill F1), each figure with its interval.</summary>
    public static string Slices(IReadOnlyList<SliceMetrics> slices)
    {
        string Cell(SliceMetrics s, string path) =>
            s.Values.TryGetValue(path, out var v) ? (s.Intervals.TryGetValue(path, out var i) ? $"{N(v)} {i}" : N(v)) : "–";
        double Key(SliceMetrics s) =>
            s.Values.TryGetValue("assessment.accuracy", out var a) ? a : s.Values.TryGetValue("decomposition.f1", out var f) ? f : s.Values.GetValueOrDefault("profile.explicit_skills.f1", 1);
        return Table(["slice", "postings · pairs · decisions · resumes", "assessment accuracy", "assessment recall", "assessment FPR", "rating exact", "decomposition F1", "explicit skills F1"],
            slices.OrderBy(Key).ThenBy(s => s.Dimension, StringComparer.Ordinal).Select(s => new[]
            {
                $"{s.Dimension}: {s.Name}", $"{s.Postings} · {s.Pairs} · {s.Decisions} · {s.Resumes}",
                Cell(s, "assessment.accuracy"), Cell(s, "assessment.recall"), Cell(s, "assessment.false_positive_rate"), Cell(s, "rating.exact"), Cell(s, "decomposition.f1"), Cell(s, "profile.explicit_skills.f1"),
            }),
            "slices");
    }

    public static string Repeats(RepeatSummary repeats) =>
        Table(["metric", "repeats", "mean", "sd", "min – max"],
            repeats.Metrics.Where(x => x.Runs > 0).Select(x => new[] { x.Path, x.Runs.ToString(CultureInfo.InvariantCulture), N(x.Mean), N(x.StandardDeviation), $"{N(x.Min)} – {N(x.Max)}" }),
            "repeats")
        + Table(["unstable pair", "gold", "ratings by repeat"], repeats.UnstablePairs.Select(p => new[] { p.Pair, p.Gold, string.Join(" / ", p.Ratings.Select(r => r ?? "failed")) }), "unstable");

    public static string Comparison(RunComparison comparison) =>
        Table(["metric", "units", "A", "B", "B − A", "95 % interval", "verdict"],
            comparison.Metrics.Select(x => new[] { x.Path, $"{x.SharedUnits} {x.Unit}s", N(x.A), N(x.B), x.Difference is { } d ? d.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture) : "n/a", x.Interval?.ToString() ?? "n/a", x.Verdict }),
            "comparison")
        + Table(["pair", "requirement", "gold", "A", "B", "reasoning A", "reasoning B"],
            comparison.Flips.Take(WorstErrors.PerKind).Select(f => new[] { f.Pair, $"{f.RequirementId}: {f.Requirement}", Match(f.Gold), Match(f.A), Match(f.B), f.ReasoningA, f.ReasoningB }),
            "flips");

    private static string Match(bool match) => match ? "match" : "no match";

    public static string CostByPromptVersion(CostMetrics cost) =>
        Table(["step", "prompt version", "calls", "input tokens", "output tokens", "reasoning tokens", "cost (USD)", "latency p50 (ms)"],
            cost.ByPromptVersion.Select(v => new[]
            {
                v.Step, v.PromptVersion, v.Calls.ToString(CultureInfo.InvariantCulture), v.InputTokens.ToString(CultureInfo.InvariantCulture),
                v.OutputTokens.ToString(CultureInfo.InvariantCulture), v.ReasoningTokens.ToString(CultureInfo.InvariantCulture), Usd(v.CostUsd), N(v.LatencyMsP50, "0.0"),
            }),
            "cost");

    public static string Errors(IReadOnlyList<RequirementDecision> errors, string kind) =>
        Table(["error", "pair", "requirement", "classification", "confidence", "reasoning", "evidence"],
            errors.Take(WorstErrors.PerKind).Select(e => new[] { kind, e.Pair, $"{e.RequirementId}: {e.Requirement}", e.Classification, N(e.Confidence), e.Reasoning, e.Evidence }),
            "errors");

    public static string Profiles(ProfileMetrics p, EvalMetrics? m = null)
    {
        string I(string path, double? value) => m is null ? N(value) : WithInterval(m, path, value);
        return Table(["profile field", "precision", "recall", "F1"],
            new[] { ("explicit skills", "explicit_skills", p.ExplicitSkills), ("inferred skills", "inferred_skills", p.InferredSkills), ($"inferred skills stated likely (confidence ≥ {LeadQual.Profiles.SkillAssessment.LikelyConfidence:0.0})", "inferred_skills_likely", p.InferredSkillsLikely), ("quality flags", "quality_flags", p.QualityFlags) }
                .Select(row => new[] { row.Item1, I($"profile.{row.Item2}.precision", row.Item3.Precision), I($"profile.{row.Item2}.recall", row.Item3.Recall), I($"profile.{row.Item2}.f1", row.Item3.F1) }),
            "profiles")
        + Table(["profile measure", "value"],
            [
                ["resumes profiled", p.Resumes.ToString(CultureInfo.InvariantCulture)],
                ["inferred skills: ECE / Brier", $"{I("profile.inferred_ece", p.InferredEce)} / {I("profile.inferred_brier", p.InferredBrier)}"],
                ["total years of experience: mean absolute error (years)", $"{(m is not null && m.Intervals.TryGetValue("profile.years_mean_absolute_error", out var years) && p.YearsMeanAbsoluteError is not null ? $"{N(p.YearsMeanAbsoluteError, "0.00")} {years}" : N(p.YearsMeanAbsoluteError, "0.00"))} over {p.YearsN} resumes"],
                ["highest degree: accuracy", $"{I("profile.degree_accuracy", p.DegreeAccuracy)} over {p.DegreeN} resumes"],
                ["low-content flag: recall", I("profile.low_content_recall", p.LowContentRecall)],
                ["evidence quotes not found in the resume", $"{I("profile.unsupported_evidence_rate", p.UnsupportedEvidenceRate)} ({p.UnsupportedEvidence} of {p.EvidenceChecked} checked)"],
            ],
            "profile-measures");
    }

    /// <summary>Predicted skills the gold does not list, with their confidence and evidence; one the gold lists under the other kind says so.</summary>
    public static string ProfileSkillsNotInGold(IReadOnlyList<ProfileSkillRow> errors, IReadOnlyList<ProfileSkillRow> all) =>
        Table(["resume", "kind", "skill", "confidence", "gold", "evidence"],
            errors.Take(ProfileErrors.PerKind).Select(e => new[]
            {
                e.ResumeId, e.Kind, e.Skill, N(e.Confidence),
                ProfileErrors.InGoldAsOtherKind(e, all) ? $"listed as {(e.Kind == "inferred" ? "explicit" : "inferred")}, not {e.Kind}" : "not listed",
                e.Evidence,
            }),
            "profile-errors");

    public static string ProfileSkillsMissed(IReadOnlyList<MissedSkill> missed) =>
        Table(["kind", "gold skill the profile missed", "resumes", "missed in"],
            missed.Take(ProfileErrors.PerKind).Select(m => new[]
            {
                m.Kind, m.Skill, m.ResumeIds.Count.ToString(CultureInfo.InvariantCulture),
                string.Join(", ", m.ResumeIds.Take(8)) + (m.ResumeIds.Count > 8 ? ", …" : string.Empty),
            }),
            "profile-missed");

    public static string Failures(IReadOnlyList<EvalFailure> failures) =>
        Table(["item", "reason", "message"], failures.Select(f => new[] { f.Item, f.Reason, f.Message }), "failures");

    private static string Table(IReadOnlyList<string> header, IEnumerable<string[]> rows, string cssClass)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"{cssClass}\"><thead><tr>");
        foreach (var name in header)
        {
            html.Append("<th>").Append(HtmlEncode(name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string N(double? value, string format = "0.000") => value is null ? "n/a" : value.Value.ToString(format, CultureInfo.InvariantCulture);

    private static string Usd(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
