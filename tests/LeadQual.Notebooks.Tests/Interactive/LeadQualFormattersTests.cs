using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Engines.Offline;
using LeadQual.Evaluation.Prompts;
using LeadQual.Interactive.Formatting;
using LeadQual.Pipeline;
using LeadQual.Profiles;
using LeadQual.Profiles.Offline;
using LeadQual.Prompts;
using Microsoft.DotNet.Interactive.Formatting;

namespace LeadQual.Notebooks.Tests.Interactive;

/// <summary>What a notebook shows for LeadQual's results: captioned HTML tables naming the engine and model, never an object dump.</summary>
public sealed class LeadQualFormattersTests
{
    private static readonly string Offline = $"offline · offline/{OfflineEngine.Version}";

    public LeadQualFormattersTests() => LeadQualFormatters.Register();

    [Fact]
    public async Task Assessment_AsHtml_IsADecisionTableCaptionedWithRatingEngineAndModel_TextEncoded()
    {
        var posting = DocumentLoader.ParsePosting("# Data Analyst\n\n## Requirements\n- 3+ years of SQL\n- Experience with <script>alert(1)</script> Tableau\n", html: false);
        var resume = new Resume("R1", "Sam Lee\nEXPERIENCE\nData Analyst, Acme\nJan 2019 - Present\n- Wrote SQL reports in Tableau\nSKILLS\nSQL, Tableau\n");
        var run = await new AssessmentPipeline(new OfflineEngine()).AssessAsync(posting, resume);

        var html = run.ToDisplayString(HtmlFormatter.MimeType);

        Assert.StartsWith("<table class=\"leadqual\"><caption", html, StringComparison.Ordinal);
        Assert.Contains($"against resume R1: rating {run.Result.Rating.ToString().ToLowerInvariant()}", html, StringComparison.Ordinal);
        Assert.Contains(WebEncoded($"· {Offline}</caption>"), html, StringComparison.Ordinal);
        Assert.Contains("<th>requirement</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains($"Data Analyst against resume R1", run.ToDisplayString(PlainTextFormatter.MimeType), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_AsHtml_IsASkillTableCaptionedWithEngineAndModel()
    {
        var profile = (await new ProfilePipeline(new OfflineProfileEngine(), TimeProvider.System).ProfileAsync(new Resume("R2", "Sam Lee\nSKILLS\nSQL, Python\n"))).Profile;

        var html = profile.ToDisplayString(HtmlFormatter.MimeType);

        Assert.Contains("Profile of R2", html, StringComparison.Ordinal);
        Assert.Contains(WebEncoded($"· {profile.ProcessingMetadata.Engine} · {profile.ProcessingMetadata.Model}</caption>"), html, StringComparison.Ordinal);
        Assert.Contains("<td style=\"text-align: left\">SQL</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PromptComparison_DryRun_CaptionSaysNoModelWasCalled()
    {
        IReadOnlyList<PromptTrial> trials = [new("v1", "aaaa", "dry run", "openai/gpt-oss-120b", 4, 1_000, 300, 0.01m, null, null, null, null, null)];

        var html = trials.ToDisplayString(HtmlFormatter.MimeType);

        Assert.Contains("Prompt versions, dry run on 4 pairs (no model called; priced as openai/gpt-oss-120b)</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th>input_tokens</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PromptDiff_AsHtml_NamesBothVersionsAndTheirModels()
    {
        var shipped = PromptFiles.Shipped.Last(p => p.Name == StepName.Assessing);
        var edited = shipped with { Label = shipped.Label + "-edit", Template = shipped.Template + "\nOne more rule." };

        var html = PromptDiff.Between(shipped, edited, changedOnly: true).ToDisplayString(HtmlFormatter.MimeType);

        Assert.Contains(WebEncoded($"{shipped.DisplayName} ({shipped.Model}) → {edited.DisplayName} ({edited.Model})"), html, StringComparison.Ordinal);
        Assert.Contains("One more rule.", html, StringComparison.Ordinal);
    }

    private static string WebEncoded(string text) => System.Net.WebUtility.HtmlEncode(text).Replace("&lt;/caption&gt;", "</caption>", StringComparison.Ordinal);
}
