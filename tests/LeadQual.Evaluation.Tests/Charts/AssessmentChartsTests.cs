using LeadQual.Documents;
using LeadQual.Engines.Offline;
using LeadQual.Evaluation.Charts;
using LeadQual.Evaluation.Tests.Support;
using LeadQual.Pipeline;

namespace LeadQual.Evaluation.Tests.Charts;

public sealed class AssessmentChartsTests
{
    [Fact]
    public async Task Decisions_OfflineAssessment_TitleNamesRatingEngineAndModel()
    {
        var posting = DocumentLoader.ParsePosting("# Data Analyst\n\n## Requirements\n- 3+ years of SQL\n- Experience with Tableau\n", html: false);
        var resume = new Resume("R1", "Sam Lee\nEXPERIENCE\nData Analyst, Acme\nJan 2019 - Present\n- Wrote SQL reports in Tableau\nSKILLS\nSQL, Tableau\n");
        var run = await new AssessmentPipeline(new OfflineEngine()).AssessAsync(posting, resume);

        var title = new ChartFigure(AssessmentCharts.Decisions(run)).Title;

        Assert.Contains($"rating {run.Result.Rating.ToString().ToLowerInvariant()}", title, StringComparison.Ordinal);
        Assert.EndsWith($"· {run.Result.Engine} · {run.Result.Model}", title, StringComparison.Ordinal);
    }
}
