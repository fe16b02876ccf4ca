using System.Text.RegularExpressions;
using LeadQual.Evaluation.Reporting;
using LeadQual.Evaluation.Tests.Support;

namespace LeadQual.Evaluation.Tests.Reporting;

/// <summary>report.html opened in headless chromium, offline: every chart, the profile reliability diagram included, is drawn by the embedded plotly.js.</summary>
public sealed class ReportInBrowserTests : IDisposable
{
    private static readonly string[] Charts = ["scores", "reliability", "rating-confusion", "cost", "trend", "profile-reliability"];
    private readonly string _folder = Directory.CreateTempSubdirectory("leadqual-report-browser-").FullName;

    [Fact]
    public async Task Report_InHeadlessChromium_RendersEveryChartAndAScreenshot()
    {
        var earlier = EvalResultBuilder.Offline(at: EvalResultBuilder.At.AddDays(-1), precision: 0.4).Metrics;
        var report = await EvalHtmlReport.WriteAsync(EvalResultBuilder.WithProfiles(wrongSkill: "<script>document.title='skill'</script>", requirementText: "<script>document.title='pwned'</script>"), [earlier], _folder);
        using var chromium = new HeadlessChromium();

        var png = await chromium.ScreenshotAsync(report, Path.Combine(_folder, "report.png"));
        var dom = await chromium.DumpDomAsync(report);

        var bytes = await File.ReadAllBytesAsync(png);
        Assert.True(bytes.Length > 50_000, $"the screenshot is {bytes.Length} bytes: the page looks blank");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(Charts.Length, Regex.Count(dom, "<figure class=\"chart\" data-chart="));
        foreach (var chart in Charts)
        {
            var figure = Figure(dom, chart);
            Assert.True(figure.Contains("js-plotly-plot", StringComparison.Ordinal) && figure.Contains("main-svg", StringComparison.Ordinal), $"chart '{chart}' was not drawn by plotly.js");
        }

        Assert.DoesNotContain("<title>pwned</title>", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<title>skill</title>", dom, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Figure(string dom, string chart)
    {
        var match = Regex.Match(dom, $"<figure class=\"chart\" data-chart=\"{chart}\">(.*?)</figure>", RegexOptions.Singleline);
        Assert.True(match.Success, $"chart '{chart}' is missing from the rendered page");
        return match.Groups[1].Value;
    }
}
