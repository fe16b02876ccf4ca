using System.Globalization;
using System.Text;
using LeadQual.Evaluation.Running;
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
        var rows = new (string Area, string Metric, string Value)[]
        {
            ("decomposition (2.1–2.3)", "jobs · gold · predicted · aligned requirements", $"{d.Jobs} · {d.Gold} · {d.Predicted} · {d.Aligned}"),
            ("decomposition (2.1–2.3)", "requirement precision / recall / F1", $"{N(d.Precision)} / {N(d.Recall)} / {N(d.F1)}"),
            ("decomposition (2.1–2.3)", "classification accuracy (aligned)", N(d.ClassificationAccuracy)),
            ("assessment (3.1)", "decisions", a.N.ToString(CultureInfo.InvariantCulture)),
            ("assessment (3.1)", "accuracy", N(a.Accuracy)),
            ("assessment (3.1)", "precision / recall", $"{N(a.Precision)} / {N(a.Recall)}"),
            ("assessment (3.1)", "false-positive rate", N(a.FalsePositiveRate)),
            ("assessment (3.1)", $"ECE over {a.EceBins} equal-width bins / Brier", $"{N(a.Ece)} / {N(a.Brier)}"),
            ("rating (end to end)", "pairs", r.N.ToString(CultureInfo.InvariantCulture)),
            ("rating (end to end)", "exact / within one tier", $"{N(r.Exact)} / {N(r.WithinOne)}"),
            ("cost", "calls", c.Calls.ToString(CultureInfo.InvariantCulture)),
            ("cost", "input / output / reasoning tokens", $"{c.InputTokens} / {c.OutputTokens} / {c.ReasoningTokens}"),
            ("cost", "cost (USD)", Usd(c.CostUsd) + (c.CostEstimated ? " (estimated)" : string.Empty)),
            ("cost", "latency p50 / p95 (ms)", $"{N(c.LatencyMsP50, "0.0")} / {N(c.LatencyMsP95, "0.0")}"),
            ("run", "wall time (s) · jobs per second", $"{m.WallSeconds.ToString("0.###", CultureInfo.InvariantCulture)} · {c.JobsPerSecond.ToString("0.##", CultureInfo.InvariantCulture)}"),
            ("run", "failures (quarantined jobs or pairs)", m.Failures.ToString(CultureInfo.InvariantCulture)),
        };
        return Table(["area", "metric", "value"], rows.Select(row => new[] { row.Area, row.Metric, row.Value }), "metrics");
    }

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

    public static string Profiles(ProfileMetrics p) =>
        Table(["profile field", "precision", "recall", "F1"],
            new[] { ("explicit skills", p.ExplicitSkills), ("inferred skills", p.InferredSkills), ($"inferred skills stated likely (confidence ≥ {LeadQual.Profiles.SkillAssessment.LikelyConfidence:0.0})", p.InferredSkillsLikely), ("quality flags", p.QualityFlags) }
                .Select(row => new[] { row.Item1, N(row.Item2.Precision), N(row.Item2.Recall), N(row.Item2.F1) }),
            "profiles")
        + Table(["profile measure", "value"],
            [
                ["resumes profiled", p.Resumes.ToString(CultureInfo.InvariantCulture)],
                ["inferred skills: ECE / Brier", $"{N(p.InferredEce)} / {N(p.InferredBrier)}"],
                ["total years of experience: mean absolute error (years)", $"{N(p.YearsMeanAbsoluteError, "0.00")} over {p.YearsN} resumes"],
                ["highest degree: accuracy", $"{N(p.DegreeAccuracy)} over {p.DegreeN} resumes"],
                ["low-content flag: recall", N(p.LowContentRecall)],
                ["evidence quotes not found in the resume", $"{N(p.UnsupportedEvidenceRate)} ({p.UnsupportedEvidence} of {p.EvidenceChecked} checked)"],
            ],
            "profile-measures");

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
