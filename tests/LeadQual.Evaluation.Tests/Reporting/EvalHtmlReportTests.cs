using System.Text.RegularExpressions;
using LeadQual.Evaluation.Reporting;
using LeadQual.Evaluation.Running;
using LeadQual.Evaluation.Tests.Support;

namespace LeadQual.Evaluation.Tests.Reporting;

public sealed class EvalHtmlReportTests
{
    private static readonly IReadOnlyList<EvalMetrics> NoHistory = [];

    [Theory]
    [InlineData("header")]
    [InlineData("metrics")]
    [InlineData("scores")]
    [InlineData("reliability")]
    [InlineData("rating-confusion")]
    [InlineData("cost")]
    [InlineData("trend")]
    [InlineData("worst-errors")]
    [InlineData("profiles")]
    public void Render_SmallResult_HasSection(string id)
    {
        var html = EvalHtmlReport.Render(EvalResultBuilder.Offline(), NoHistory);

        Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SmallResult_HeaderNamesEngineModelPromptVersionDataAndTime()
    {
        var html = EvalHtmlReport.Render(EvalResultBuilder.Offline(), NoHistory);
        var header = html[html.IndexOf("<header", StringComparison.Ordinal)..html.IndexOf("</header>", StringComparison.Ordinal)];

        Assert.Contains("<dd>offline (deterministic rules; no language model was called)</dd>", header, StringComparison.Ordinal);
        Assert.Contains("<dd>offline/1.0.0</dd>", header, StringComparison.Ordinal);
        Assert.Contains("<dd>offline-rules/1.0.0</dd>", header, StringComparison.Ordinal);
        Assert.Contains("<dd>eval-data</dd>", header, StringComparison.Ordinal);
        Assert.Contains("2026-11-20 09:30:00 UTC", header, StringComparison.Ordinal);
        Assert.DoesNotContain("LLM", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ScriptInRequirementText_ComesOutEscaped()
    {
        var html = EvalHtmlReport.Render(EvalResultBuilder.Offline(requirementText: "<script>alert('pwned')</script> SQL"), NoHistory);

        Assert.DoesNotContain("<script>alert(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; SQL", html, StringComparison.Ordinal);
        Assert.Contains("Line 3 lists SQL &lt;b&gt;with&lt;/b&gt; &quot;years&quot;.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Any_EmbedsPlotlyOnceAndLoadsNoRemoteScript()
    {
        var html = EvalHtmlReport.Render(EvalResultBuilder.Offline(), NoHistory);

        Assert.DoesNotMatch(new Regex("<script[^>]*\\ssrc\\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("<link[^>]*\\shref\\s*=\\s*\"?https?:", RegexOptions.IgnoreCase), html);
        Assert.Single(Regex.Matches(html, @"\* plotly\.js v2\.\d+\.\d+"));
        var bundleStart = html.IndexOf("<script>/* plotly.js", StringComparison.Ordinal);
        var bundleEnd = html.IndexOf("</script>", bundleStart, StringComparison.Ordinal);
        var pageWithoutBundle = html[..bundleStart] + html[bundleEnd..];
        Assert.DoesNotMatch(new Regex("https?://", RegexOptions.IgnoreCase), pageWithoutBundle);
        Assert.True(html.Length > 3_000_000, $"the report is {html.Length} characters: plotly.js (about 3.5 MB) is not embedded");
    }

    [Fact]
    public void Render_OfflineEngine_SaysPlainlyThatTokensAndCostAreZero()
    {
        var html = EvalHtmlReport.Render(EvalResultBuilder.Offline(), NoHistory);

        Assert.Contains("The offline engine calls no language model: tokens and cost are zero.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ProfileNotMeasured_SaysSoAndShowsNoFigures()
    {
        var html = EvalHtmlReport.Render(EvalResultBuilder.Offline(), NoHistory);

        Assert.Contains("<h2>Profiles: not measured yet</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"profiles\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WorstErrors_ListsFalsePositivesBeforeFalseNegativesWithEvidence()
    {
        var html = EvalHtmlReport.Render(EvalResultBuilder.Offline(), NoHistory);

        var falsePositive = html.IndexOf("<td>r2: 5+ years of SQL</td>", StringComparison.Ordinal);
        var falseNegative = html.IndexOf("<td>r3: Kubernetes certification</td>", StringComparison.Ordinal);
        Assert.True(falsePositive > 0 && falseNegative > falsePositive, "false positives must come first");
        Assert.Contains("<td>L3: Python, SQL, AWS</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>r1: Bachelor&#39;s degree</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OneRun_ExplainsTheTrendComesLater()
    {
        var html = EvalHtmlReport.Render(EvalResultBuilder.Offline(), [EvalResultBuilder.Offline().Metrics]);

        Assert.DoesNotContain("data-chart=\"trend\"", html, StringComparison.Ordinal);
        Assert.Contains("appears from the second run on", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EarlierRunInHistory_DrawsTheTrend()
    {
        var earlier = EvalResultBuilder.Offline(at: EvalResultBuilder.At.AddDays(-1), precision: 0.4).Metrics;

        var html = EvalHtmlReport.Render(EvalResultBuilder.Offline(), [earlier]);

        Assert.Contains("data-chart=\"trend\"", html, StringComparison.Ordinal);
        Assert.Contains("2 runs from eval_runs", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Folder_WritesReportHtml()
    {
        var folder = Directory.CreateTempSubdirectory("leadqual-report-").FullName;
        try
        {
            var path = await EvalHtmlReport.WriteAsync(EvalResultBuilder.Offline(), NoHistory, folder);

            Assert.Equal(Path.Combine(folder, "report.html"), path);
            Assert.StartsWith("<!DOCTYPE html>", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
