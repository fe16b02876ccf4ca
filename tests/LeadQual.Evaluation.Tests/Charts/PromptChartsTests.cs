using LeadQual.Evaluation.Charts;
using LeadQual.Evaluation.Prompts;
using LeadQual.Evaluation.Tests.Support;

namespace LeadQual.Evaluation.Tests.Charts;

public sealed class PromptChartsTests
{
    [Fact]
    public void Compare_DryRun_TitleSaysNoModelWasCalledAndWhichModelPricesTheTokens()
    {
        PromptTrial[] trials =
        [
            new("v1", "aaaa", "dry run", "openai/gpt-oss-120b", 4, 1_000, 300, 0.01m, null, null, null, null, null),
            new("v1-strict", "bbbb", "dry run", "openai/gpt-oss-120b", 4, 1_100, 300, 0.011m, null, null, null, null, null),
        ];

        var figure = new ChartFigure(PromptCharts.Compare(trials));

        Assert.Equal("Prompt versions, dry run on 4 pairs (no model called; priced as openai/gpt-oss-120b)", figure.Title);
        Assert.Equal(["input tokens", "output tokens (estimated)"], figure.TraceNames);
    }

    [Fact]
    public void Compare_ScoredByAModel_TitleNamesTheModelAndBarsPerVersion()
    {
        PromptTrial[] trials =
        [
            new("v1", "aaaa", "llm", "test/model", 4, 1_000, 300, 0.01m, 0.8, 0.75, 0.9, 0.1, 0.5),
            new("v1-strict", "bbbb", "llm", "test/model", 4, 1_100, 300, 0.011m, 0.85, 0.8, null, 0.12, 0.75),
        ];

        var figure = new ChartFigure(PromptCharts.Compare(trials));

        Assert.Equal("Prompt versions on 4 pairs · llm · test/model", figure.Title);
        Assert.Equal(["v1", "v1-strict"], figure.TraceNames);
        Assert.Equal("n/a", figure.Traces[1]["text"]![2]!.GetValue<string>());
    }
}
