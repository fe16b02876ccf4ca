using System.Globalization;
using System.Text;
using LeadQual.Evaluation.Charts;
using LeadQual.Evaluation.Comparison;
using LeadQual.Evaluation.Repeats;
using LeadQual.Evaluation.Running;
using static System.Net.WebUtility;

namespace LeadQual.Evaluation.Reporting;

/// <summary>
/// Writes report.html: one self-contained page (plotly.js from the Plotly.NET assembly inlined once; no
/// CDN, no network) with the run's header, metrics table, precision / recall / false-positive-rate bars
/// per engine and prompt version, reliability diagram, rating confusion matrix, calls, tokens and cost per
/// prompt version, the trend of earlier runs, the worst errors and the profile section (profile metrics,
/// inferred-skill reliability diagram and the worst profile skill errors, when profiles were measured).
/// </summary>
public static class EvalHtmlReport
{
    public const string FileName = "report.html";

    /// <summary>Writes the report into <paramref name="folder"/>; <paramref name="history"/> is eval_runs (oldest first), with or without the current run.</summary>
    /// <remarks><paramref name="repeats"/> adds the spread over repeats; <paramref name="comparison"/> (the baseline as A, this run as B) adds the comparison section.</remarks>
    public static async Task<string> WriteAsync(EvalResult result, IReadOnlyList<EvalMetrics> history, string folder, CancellationToken cancellationToken = default, RepeatSummary? repeats = null, RunComparison? comparison = null)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        await File.WriteAllTextAsync(path, Render(result, history, repeats, comparison), Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        return path;
    }

    public static string Render(EvalResult result, IReadOnlyList<EvalMetrics> history, RepeatSummary? repeats = null, RunComparison? comparison = null)
    {
        var m = result.Metrics;
        var runs = RunHistory.Merge(m, history);
        var producedBy = $"{m.Engine} engine · model {m.Model} · prompt version {m.PromptVersion}";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>LeadQual accuracy report · {HtmlEncode(producedBy)}</title>
            <style>{Style}</style>
            <script>/* plotly.js {HtmlEncode(PlotlyScript.Version)}, embedded from the Plotly.NET assembly */
            {PlotlyScript.Source}</script>
            </head>
            <body>
            <header id="header">
            <h1>LeadQual accuracy report</h1>
            <dl>
            <dt>engine</dt><dd>{HtmlEncode(m.Engine)}{(IsOffline(m) ? " (deterministic rules; no language model was called)" : string.Empty)}</dd>
            <dt>model</dt><dd>{HtmlEncode(m.Model)}</dd>
            <dt>prompt version</dt><dd>{HtmlEncode(m.PromptVersion)}</dd>
            <dt>served by</dt><dd>{ServedBy(m)}</dd>
            <dt>data folder</dt><dd>{HtmlEncode(m.Data)}</dd>
            <dt>generated</dt><dd>{m.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)}</dd>
            </dl>
            <p class="note">Every figure below was produced by the {HtmlEncode(producedBy)}, except where a chart names other runs from eval_runs.</p>
            </header>

            """);

        Section(html, "metrics", "Metrics", (m.IntervalMethod is { } method ? $"<p class=\"note\">Brackets are 95 % intervals: {HtmlEncode(method)}.</p>" : string.Empty) + ReportTables.Metrics(m));
        Section(html, "slices", "Slices, weakest first", m.Slices.Count == 0
            ? "<p class=\"note\">This run has no slices.</p>"
            : "<p>Every figure per requirement kind (from the gold requirement text), posting format, field (from the gold title), resume quality (from the gold flags) and part (parts.json), so a regression hidden in an average shows. A slice with few units has a wide interval.</p>" + ReportTables.Slices(m.Slices));
        if (comparison is not null)
        {
            Section(html, "comparison", "Comparison with the baseline", $"<p>A = {HtmlEncode(comparison.A.Source)} ({HtmlEncode(comparison.A.ProducedBy)}), B = this run ({HtmlEncode(comparison.B.ProducedBy)}); {HtmlEncode(comparison.Method)}. McNemar: right only in A {comparison.McNemar.OnlyA}, only in B {comparison.McNemar.OnlyB}, p = {LeadQual.Evaluation.Statistics.McNemarTest.Format(comparison.McNemar.PValue)}; {comparison.RatingChanges.Count} pair(s) changed rating, {comparison.Flips.Count} decision(s) flipped.</p>" + ReportTables.Comparison(comparison));
        }

        if (repeats is not null)
        {
            Section(html, "repeats", $"Spread over {repeats.Repeats} repeats", $"<p>Decisions flipped between repeats: {repeats.FlippedDecisions} of {repeats.Decisions} ({Number(repeats.FlipRate)}); {repeats.UnstablePairs.Count} pair(s) with an unstable rating.</p>" + ReportTables.Repeats(repeats));
        }
        Section(html, "scores", "Precision, recall and false-positive rate per engine and prompt version", ReportFigures.ScoresByPromptVersion(runs).ToHtml());
        Section(html, "reliability", "Reliability diagram", $"<p>How well the step-3.1 decision confidence matches observed accuracy: ECE over {m.Assessment.EceBins} equal-width bins = {Number(m.Assessment.Ece)}, Brier = {Number(m.Assessment.Brier)}. Points on the dashed diagonal are perfectly calibrated; the bars are the confidence histogram.</p>{ReportFigures.Reliability(m).ToHtml()}");
        Section(html, "rating-confusion", "Rating confusion matrix", ReportFigures.RatingConfusion(m).ToHtml());
        Section(html, "cost", "Tokens and cost per prompt version", CostNote(m) + ReportFigures.CostByPromptVersion(m).ToHtml() + ReportTables.CostByPromptVersion(m.Cost));
        Section(html, "trend", "History of runs", runs.Count > 1
            ? ReportFigures.Trend(runs).ToHtml()
            : "<p class=\"note\">Only this run is recorded in eval_runs so far: the trend of precision, recall and ECE per prompt version appears from the second run on.</p>");
        Section(html, "worst-errors", "Worst errors", WorstErrorsHtml(result.Decisions, producedBy));
        Section(html, "profiles", m.Profile is null ? "Profiles: not measured yet" : "Profiles", m.Profile is null
            ? "<p class=\"note\">Candidate profiles (explicit and inferred skills, quality flags, years, degree) were not measured in this run, so no profile figures are shown; they are not zero.</p>"
            : ProfilesHtml(m, m.Profile, result.ProfileSkills, producedBy));
        if (result.Failures.Count > 0)
        {
            Section(html, "failures", "Failures", ReportTables.Failures(result.Failures));
        }

        html.Append(CultureInfo.InvariantCulture, $"<footer><p>Written by leadqual eval. Self-contained: plotly.js {HtmlEncode(PlotlyScript.Version)} is embedded; the page needs no network.</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The models that actually answered (each response's <c>model</c>), which can differ from the model asked for.</summary>
    private static string ServedBy(EvalMetrics m)
    {
        if (IsOffline(m))
        {
            return "none: no language model was called";
        }

        var served = (m.ServedModels ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (served.Count == 0)
        {
            return "not recorded: no call of this run was answered";
        }

        var names = HtmlEncode(string.Join(", ", served));
        return served.SequenceEqual([m.Model], StringComparer.Ordinal)
            ? names
            : $"{names} <span class=\"note\">(differs from the model asked for, {HtmlEncode(m.Model)})</span>";
    }

    private static string Number(double? value) => value is null ? "n/a" : value.Value.ToString("0.000", CultureInfo.InvariantCulture);

    private static bool IsOffline(EvalMetrics m) => string.Equals(m.Engine, "offline", StringComparison.OrdinalIgnoreCase);

    private static string CostNote(EvalMetrics m) =>
        IsOffline(m)
            ? $"<p class=\"note\">The offline engine calls no language model: tokens and cost are zero. Its {m.Cost.Calls} calls are rule evaluations, recorded like model calls so that runs compare.</p>"
            : m.Cost.InputTokens + m.Cost.OutputTokens + m.Cost.ReasoningTokens == 0
                ? "<p class=\"note\">No tokens were recorded for this run: tokens and cost are zero.</p>"
                : $"<p>Total cost {m.Cost.CostUsd.ToString("0.0000", CultureInfo.InvariantCulture)} USD{(m.Cost.CostEstimated ? " (estimated from list prices)" : string.Empty)}.</p>";

    private static string WorstErrorsHtml(IReadOnlyList<RequirementDecision> decisions, string producedBy)
    {
        var falsePositives = WorstErrors.FalsePositives(decisions);
        var falseNegatives = WorstErrors.FalseNegatives(decisions);
        return $"""
            <p>Step-3.1 decisions of the {HtmlEncode(producedBy)} that disagree with the gold label, most confident first.</p>
            <h3>False positives: matched, but the gold label says no ({Shown(falsePositives.Count)})</h3>
            {(falsePositives.Count == 0 ? "<p class=\"note\">None.</p>" : ReportTables.Errors(falsePositives, "false positive"))}
            <h3>False negatives: not matched, but the gold label says yes ({Shown(falseNegatives.Count)})</h3>
            {(falseNegatives.Count == 0 ? "<p class=\"note\">None.</p>" : ReportTables.Errors(falseNegatives, "false negative"))}
            """;
    }

    private static string ProfilesHtml(EvalMetrics m, ProfileMetrics profile, IReadOnlyList<ProfileSkillRow> rows, string producedBy)
    {
        var inferred = profile.InferredReliability.Sum(b => b.Count);
        var calibration = inferred == 0
            ? "<p class=\"note\">No inferred skill was predicted, so inferred-skill calibration cannot be measured: ECE and Brier are n/a, not zero.</p>"
            : $"<p>How well the confidence of inferred skills matches how often they are right. An inferred skill counts as right when the gold lists it as the candidate's skill, inferred or explicit (names compared after the taxonomy's alias normalisation). Inferred ECE over {profile.InferredReliability.Count} equal-width bins = {Number(profile.InferredEce)}, Brier = {Number(profile.InferredBrier)}, {inferred} inferred skills. Points on the dashed diagonal are perfectly calibrated; the bars are the confidence histogram.</p>{ReportFigures.InferredSkillReliability(m, profile).ToHtml()}";
        var missed = ProfileErrors.Missed(rows);
        return $"""
            <p>Profiles of {profile.Resumes} gold resumes by the {HtmlEncode(producedBy)}, scored against gold/resumes.</p>
            {ReportTables.Profiles(profile, m)}
            <h3>Inferred-skill reliability</h3>
            {calibration}
            <h3>Worst profile errors</h3>
            <p>Predicted skills the gold does not list for that resume, most confident first, then the gold skills the profiles missed, the most often missed first. Every row is in profile_skills.csv.</p>
            {NotInGoldHtml(rows, "inferred")}
            {NotInGoldHtml(rows, "explicit")}
            <h4>Gold skills the profiles missed ({ShownProfile(missed.Count)})</h4>
            {(missed.Count == 0 ? "<p class=\"note\">None.</p>" : ReportTables.ProfileSkillsMissed(missed))}
            """;
    }

    private static string NotInGoldHtml(IReadOnlyList<ProfileSkillRow> rows, string kind)
    {
        var errors = ProfileErrors.NotInGold(rows, kind);
        return $"<h4>Predicted {kind} skills the gold does not list ({ShownProfile(errors.Count)})</h4>\n"
            + (errors.Count == 0 ? "<p class=\"note\">None.</p>" : ReportTables.ProfileSkillsNotInGold(errors, rows));
    }

    private static string ShownProfile(int count) => count > ProfileErrors.PerKind ? $"{ProfileErrors.PerKind} of {count} shown" : $"{count}";

    private static string Shown(int count) => count > WorstErrors.PerKind ? $"{WorstErrors.PerKind} of {count} shown; all are in decisions.csv" : $"{count}";

    private static void Section(StringBuilder html, string id, string title, string body) =>
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\">\n<h2>{HtmlEncode(title)}</h2>\n{body}\n</section>\n");

    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto; max-width: 1180px; color: #1f2933; line-height: 1.45; }
        h1 { margin-bottom: .3rem; } h2 { border-bottom: 1px solid #d9e2ec; padding-bottom: .2rem; margin-top: 2.2rem; }
        dl { display: grid; grid-template-columns: max-content auto; gap: .15rem 1rem; } dt { font-weight: 600; } dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .6rem 0; } th, td { border: 1px solid #d9e2ec; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f0f4f8; } table.metrics td:last-child { font-variant-numeric: tabular-nums; }
        table.errors td:nth-child(6), table.errors td:nth-child(7) { max-width: 340px; word-break: break-word; }
        .note { color: #52606d; font-style: italic; } figure.chart { margin: 1rem 0; } figcaption { color: #52606d; font-size: .85rem; }
        """;
}
