using System.Text.RegularExpressions;
using LeadQual.Evaluation.Charts;
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
        var header = Header(html);

        Assert.Contains("<dd>offline (deterministic rules; no language model was called)</dd>", header, StringComparison.Ordinal);
        Assert.Contains("<dd>offline/1.0.0</dd>", header, StringComparison.Ordinal);
        Assert.Contains("<dd>offline-rules/1.0.0</dd>", header, StringComparison.Ordinal);
        Assert.Contains("<dd>eval-data</dd>", header, StringComparison.Ordinal);
        Assert.Contains("2026-11-20 09:30:00 UTC", header, StringComparison.Ordinal);
        Assert.DoesNotContain("LLM", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OfflineEngine_HeaderSaysNoLanguageModelServedTheAnswers()
    {
        var html = EvalHtmlReport.Render(EvalResultBuilder.Offline(), NoHistory);

        Assert.Contains("<dt>served by</dt><dd>none: no language model was called</dd>", Header(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LlmEngineServedByTheModelAskedFor_HeaderNamesIt()
    {
        var html = EvalHtmlReport.Render(EvalResultBuilder.Llm("openai/gpt-5-mini"), NoHistory);
        var header = Header(html);

        Assert.Contains("<dd>llm</dd>", header, StringComparison.Ordinal);
        Assert.Contains("<dt>served by</dt><dd>openai/gpt-5-mini</dd>", header, StringComparison.Ordinal);
        Assert.DoesNotContain("no language model was called", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LlmEngineServedByOtherModels_HeaderNamesEveryServedModelEscaped()
    {
        var html = EvalHtmlReport.Render(EvalResultBuilder.Llm("fake-server/<echo>", "openai/gpt-5-mini"), NoHistory);

        Assert.Contains("<dt>served by</dt><dd>fake-server/&lt;echo&gt;, openai/gpt-5-mini <span class=\"note\">(differs from the model asked for, openai/gpt-5-mini)</span></dd>", Header(html), StringComparison.Ordinal);
        Assert.DoesNotContain("fake-server/<echo>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LlmEngineWithNoServedModels_HeaderSaysNoneWasRecorded()
    {
        var html = EvalHtmlReport.Render(EvalResultBuilder.Llm(), NoHistory);

        Assert.Contains("<dt>served by</dt><dd>not recorded: no call of this run was answered</dd>", Header(html), StringComparison.Ordinal);
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

    [Theory]
    [InlineData("reliability")]
    [InlineData("rating-confusion")]
    [InlineData("cost")]
    [InlineData("profile-reliability")]
    public void Render_ProfileMeasured_FigureIsTheChartTheNotebookDisplaysNamingEngineAndModel(string id)
    {
        var result = EvalResultBuilder.WithProfiles();
        var chart = id switch
        {
            "reliability" => EvalCharts.Reliability(result.Metrics),
            "rating-confusion" => EvalCharts.RatingConfusion(result.Metrics),
            "cost" => EvalCharts.CostByPromptVersion(result.Metrics),
            _ => EvalCharts.InferredSkillReliability(result.Metrics),
        };
        var notebookChart = new ChartFigure(chart);

        var figure = Figure(EvalHtmlReport.Render(result, NoHistory), id);

        Assert.Contains($"\"text\":\"{notebookChart.RawTitle}\"", figure, StringComparison.Ordinal);
        Assert.EndsWith("· offline · offline/1.0.0", notebookChart.Title, StringComparison.Ordinal);
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
    public void Render_ProfileNotMeasured_DrawsNoProfileChart()
    {
        var html = EvalHtmlReport.Render(EvalResultBuilder.Offline(), NoHistory);

        Assert.DoesNotContain("data-chart=\"profile-reliability\"", html, StringComparison.Ordinal);
        Assert.Contains("they are not zero", Section(html, "profiles"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ProfileMeasured_ShowsMetricsTableAndMeasures()
    {
        var profiles = Section(EvalHtmlReport.Render(EvalResultBuilder.WithProfiles(), NoHistory), "profiles");

        Assert.Contains("<h2>Profiles</h2>", profiles, StringComparison.Ordinal);
        Assert.Contains("<tr><td>inferred skills</td><td>0.500</td><td>1.000</td><td>0.667</td></tr>", profiles, StringComparison.Ordinal);
        Assert.Contains("<td>1.50 over 2 resumes</td>", profiles, StringComparison.Ordinal);
        Assert.Contains("<td>0.083 (1 of 12 checked)</td>", profiles, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ProfileMeasured_DrawsInferredReliabilityWithCorrectnessDefinedAndEceBrier()
    {
        var result = EvalResultBuilder.WithProfiles();
        var profile = result.Metrics.Profile!;

        var profiles = Section(EvalHtmlReport.Render(result, NoHistory), "profiles");

        Assert.Contains("data-chart=\"profile-reliability\"", profiles, StringComparison.Ordinal);
        Assert.Contains("counts as right when the gold lists it as the candidate's skill, inferred or explicit", profiles, StringComparison.Ordinal);
        Assert.Contains($"Inferred ECE over 10 equal-width bins = {profile.InferredEce:0.000}, Brier = {profile.InferredBrier:0.000}, 6 inferred skills.", profiles, StringComparison.Ordinal);
        Assert.Contains("perfect calibration", profiles, StringComparison.Ordinal);
        Assert.Contains("inferred skills in bin", profiles, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ProfileMeasured_ListsWrongInferredSkillsMostConfidentFirstThenExplicitThenMissed()
    {
        var profiles = Section(EvalHtmlReport.Render(EvalResultBuilder.WithProfiles(), NoHistory), "profiles");

        var kubernetes = profiles.IndexOf("<td>R001</td><td>inferred</td><td>Kubernetes</td><td>0.900</td><td>not listed</td>", StringComparison.Ordinal);
        var docker = profiles.IndexOf("<td>R002</td><td>inferred</td><td>Docker</td><td>0.650</td>", StringComparison.Ordinal);
        var excel = profiles.IndexOf("<td>R001</td><td>explicit</td><td>Excel</td><td>1.000</td>", StringComparison.Ordinal);
        var missed = profiles.IndexOf("<h4>Gold skills the profiles missed (3)</h4>", StringComparison.Ordinal);
        Assert.True(kubernetes > 0 && docker > kubernetes && excel > docker && missed > excel, "wrong inferred skills, most confident first, then wrong explicit skills, then the missed gold skills");
        Assert.Contains("<h4>Predicted inferred skills the gold does not list (3)</h4>", profiles, StringComparison.Ordinal);
        Assert.Contains("<td>R002</td><td>inferred</td><td>Linux</td><td>0.550</td><td>listed as explicit, not inferred</td>", profiles, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Statistics</td>", profiles, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Git</td>", profiles, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ProfileMeasured_ListsTheGoldSkillMissedOnMostResumesFirst()
    {
        var profiles = Section(EvalHtmlReport.Render(EvalResultBuilder.WithProfiles(), NoHistory), "profiles");

        var sql = profiles.IndexOf("<tr><td>explicit</td><td>SQL</td><td>2</td><td>R001, R002</td></tr>", StringComparison.Ordinal);
        var tableau = profiles.IndexOf("<tr><td>explicit</td><td>Tableau</td><td>1</td><td>R001</td></tr>", StringComparison.Ordinal);
        Assert.True(sql > 0 && tableau > sql, "the skill missed on two resumes comes before the one missed on one");
    }

    [Fact]
    public void Render_ScriptInProfileSkill_ComesOutEscaped()
    {
        var html = EvalHtmlReport.Render(EvalResultBuilder.WithProfiles(wrongSkill: "<script>alert('skill')</script>"), NoHistory);

        Assert.DoesNotContain("<script>alert(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<td>&lt;script&gt;alert(&#39;skill&#39;)&lt;/script&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>L5: deployed &lt;b&gt;containers&lt;/b&gt;</td>", html, StringComparison.Ordinal);
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

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section '{id}' is missing");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static string Figure(string html, string name)
    {
        var start = html.IndexOf($"<figure class=\"chart\" data-chart=\"{name}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"figure '{name}' is missing");
        return html[start..html.IndexOf("</figure>", start, StringComparison.Ordinal)];
    }

    private static string Header(string html) => html[html.IndexOf("<header", StringComparison.Ordinal)..html.IndexOf("</header>", StringComparison.Ordinal)];
}
