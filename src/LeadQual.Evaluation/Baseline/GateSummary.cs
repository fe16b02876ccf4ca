using System.Globalization;
using System.Text;
using System.Xml.Linq;
using LeadQual.Evaluation.Running;

namespace LeadQual.Evaluation.Baseline;

/// <summary>
/// The gate for CI systems: a markdown table (<c>--summary FILE</c>: GitHub's step summary, a PR comment)
/// and JUnit XML (<c>--junit FILE</c>: one test case per gated metric, a failure per regression). Both name
/// the engine and model of the run and of the baseline.
/// </summary>
public static class GateSummary
{
    public static string Markdown(IReadOnlyList<MetricCheck> checks, EvalMetrics metrics, BaselineFile baseline)
    {
        var text = new StringBuilder();
        var regressed = checks.Count(c => c.Regressed);
        text.AppendLine($"### LeadQual baseline gate: {(regressed == 0 ? "passed" : $"{regressed} metric(s) regressed")}");
        text.AppendLine();
        text.AppendLine($"Run: {metrics.Engine} · {metrics.Model} · {metrics.PromptVersion}{Served(metrics)}. Baseline: {baseline.Engine} · {baseline.Model}.");
        text.AppendLine(checks.Any(c => c.Difference is not null)
            ? "A metric regresses only when the paired 95 % bootstrap interval of current − baseline lies wholly past its tolerance, or a hard floor is crossed."
            : "The baseline has no per-unit results: each metric is checked against value ± tolerance.");
        text.AppendLine();
        text.AppendLine("| metric | baseline | current | difference | 95 % interval | tolerance | verdict |");
        text.AppendLine("| --- | ---: | ---: | ---: | --- | ---: | --- |");
        foreach (var check in Ordered(checks))
        {
            var verdict = check.Regressed ? $"**{check.Verdict}**" : check.Verdict;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {check.Path} | {check.Baseline:0.000} | {F(check.Current)} | {Signed(check.Current - check.Baseline)} | {check.Difference?.ToString() ?? "n/a"} | {check.Tolerance:0.000} | {verdict} |");
        }

        return text.ToString();
    }

    public static XDocument JUnit(IReadOnlyList<MetricCheck> checks, EvalMetrics metrics, BaselineFile baseline)
    {
        var suite = new XElement("testsuite",
            new XAttribute("name", $"leadqual baseline gate ({metrics.Engine} · {metrics.Model})"),
            new XAttribute("tests", checks.Count),
            new XAttribute("failures", checks.Count(c => c.Regressed)),
            new XAttribute("errors", 0),
            new XAttribute("time", metrics.WallSeconds.ToString(CultureInfo.InvariantCulture)),
            new XElement("properties",
                Property("engine", metrics.Engine), Property("model", metrics.Model), Property("prompt_version", metrics.PromptVersion),
                Property("baseline_engine", baseline.Engine), Property("baseline_model", baseline.Model)));
        foreach (var check in Ordered(checks))
        {
            var testcase = new XElement("testcase", new XAttribute("classname", "leadqual.baseline"), new XAttribute("name", check.Path),
                new XElement("system-out", Line(check)));
            if (check.Regressed)
            {
                testcase.AddFirst(new XElement("failure", new XAttribute("message", $"{check.Path} {check.Verdict}: {check.Reason}"), new XAttribute("type", "regression"), Line(check)));
            }

            suite.Add(testcase);
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite));
    }

    private static IEnumerable<MetricCheck> Ordered(IReadOnlyList<MetricCheck> checks) => checks.OrderByDescending(c => c.Regressed);

    private static string Line(MetricCheck check) =>
        string.Create(CultureInfo.InvariantCulture, $"{check.Path}: baseline {check.Baseline:0.000}, current {F(check.Current)}, difference interval {check.Difference?.ToString() ?? "n/a"} over {check.SharedUnits} units, tolerance {check.Tolerance:0.000}: {check.Verdict}");

    private static XElement Property(string name, string value) => new("property", new XAttribute("name", name), new XAttribute("value", value));

    private static string Served(EvalMetrics metrics) =>
        metrics.ServedModels.Count > 0 && !metrics.ServedModels.SequenceEqual([metrics.Model]) ? $" (answers served by {string.Join(", ", metrics.ServedModels)})" : string.Empty;

    private static string F(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "missing";

    private static string Signed(double? value) => value is { } v ? v.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture) : "n/a";
}
