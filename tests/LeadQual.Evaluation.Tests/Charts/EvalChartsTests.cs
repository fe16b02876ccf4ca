using LeadQual.Evaluation.Charts;
using LeadQual.Evaluation.Running;
using LeadQual.Evaluation.Tests.Support;

namespace LeadQual.Evaluation.Tests.Charts;

public sealed class EvalChartsTests
{
    private const string Producer = "llm · openai/gpt-5-mini";

    public static TheoryData<string> SingleRunCharts() => ["reliability", "inferred-skill-reliability", "rating-confusion", "cost"];

    [Theory]
    [MemberData(nameof(SingleRunCharts))]
    public void Chart_LlmRun_TitleNamesEngineAndModel(string name)
    {
        var title = new ChartFigure(Build(name, LlmWithProfiles())).Title;

        Assert.Contains(Producer, title, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoresByPromptVersion_TwoEnginesInHistory_OneBarGroupPerEngineModelAndPromptVersion()
    {
        var offline = EvalResultBuilder.Offline().Metrics;

        var figure = new ChartFigure(EvalCharts.ScoresByPromptVersion([offline, LlmWithProfiles()]));

        Assert.Equal(["precision", "recall", "false-positive rate"], figure.TraceNames);
        Assert.Equal(["offline · offline/1.0.0 · offline-rules/1.0.0", $"{Producer} · ja_3_1_assessment/2.0.0"], ChartFigure.X(figure.Traces[0]));
    }

    [Fact]
    public void ScoresByPromptVersion_OneRun_TitleNamesItsEngineModelAndPromptVersion()
    {
        var title = new ChartFigure(EvalCharts.ScoresByPromptVersion([LlmWithProfiles()])).Title;

        Assert.Equal($"Match decisions (step 3.1) · {Producer} · ja_3_1_assessment/2.0.0", title);
    }

    [Fact]
    public void ScoresByPromptVersion_TwoRunsOfOneVersion_DrawsTheLatest()
    {
        var earlier = EvalResultBuilder.Offline(at: EvalResultBuilder.At.AddDays(-1), precision: 0.4).Metrics;
        var latest = EvalResultBuilder.Offline(precision: 0.9).Metrics;

        var precision = new ChartFigure(EvalCharts.ScoresByPromptVersion([earlier, latest])).Traces[0];

        Assert.Equal(0.9, precision["y"]![0]!.GetValue<double>());
        Assert.Equal("0.900", precision["text"]![0]!.GetValue<string>());
    }

    [Fact]
    public void ScoresByPromptVersion_ScriptInModelName_LabelIsEncodedForPlotly()
    {
        var run = EvalResultBuilder.Offline().Metrics with { Model = "<script>alert(1)</script>" };

        var label = ChartFigure.RawX(new ChartFigure(EvalCharts.ScoresByPromptVersion([run])).Traces[0]).Single();

        Assert.DoesNotContain("<script>", label, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", label, StringComparison.Ordinal);
    }

    [Fact]
    public void Trend_TwoRunsOfOneVersion_TitleAndEveryLineNameEngineModelAndPromptVersion()
    {
        var earlier = EvalResultBuilder.Offline(at: EvalResultBuilder.At.AddDays(-1), precision: 0.4).Metrics;

        var figure = new ChartFigure(EvalCharts.Trend([earlier, EvalResultBuilder.Offline().Metrics]));
        var names = figure.TraceNames;

        Assert.StartsWith("Runs over time · offline · offline/1.0.0 · offline-rules/1.0.0: ", figure.Title, StringComparison.Ordinal);
        Assert.Equal(["precision", "recall", "ECE"], names.Select(n => n.Split(": ")[1]));
        Assert.All(names, n => Assert.StartsWith("offline · offline/1.0.0 · offline-rules/1.0.0: ", n, StringComparison.Ordinal));
    }

    [Fact]
    public void Reliability_Any_DrawsHistogramDiagonalAndObservedAccuracy()
    {
        var figure = new ChartFigure(EvalCharts.Reliability(EvalResultBuilder.Offline().Metrics));

        Assert.Equal(["decisions in bin", "perfect calibration", "accuracy vs mean confidence"], figure.TraceNames);
        Assert.Equal("y2", figure.Traces[0]["yaxis"]!.GetValue<string>());
        Assert.Contains("4 decisions", figure.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void InferredSkillReliability_ProfilesMeasured_TitleCountsSkillsAndGivesEce()
    {
        var metrics = EvalResultBuilder.WithProfiles().Metrics;

        var figure = new ChartFigure(EvalCharts.InferredSkillReliability(metrics));

        Assert.Contains($"6 skills, ECE over 10 equal-width bins = {metrics.Profile!.InferredEce:0.000}", figure.Title, StringComparison.Ordinal);
        Assert.Contains("inferred skills in bin", figure.TraceNames);
    }

    [Fact]
    public void InferredSkillReliability_ProfilesNotMeasured_ThrowsSayingSo()
    {
        var error = Assert.Throws<ArgumentException>(() => EvalCharts.InferredSkillReliability(EvalResultBuilder.Offline().Metrics));

        Assert.Contains("did not measure profiles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CostByPromptVersion_Any_DrawsCallsTokensAndCostOnTheRightAxis()
    {
        var figure = new ChartFigure(EvalCharts.CostByPromptVersion(EvalResultBuilder.Offline().Metrics));

        Assert.Equal(["calls", "input tokens", "output tokens", "reasoning tokens", "cost (USD, right axis)"], figure.TraceNames);
        Assert.Equal("y2", figure.Traces[^1]["yaxis"]!.GetValue<string>());
        Assert.Equal(["ja_3_1_assessment · offline/1.0.0"], ChartFigure.X(figure.Traces[0]));
    }

    private static EvalMetrics LlmWithProfiles()
    {
        var llm = EvalResultBuilder.Llm().Metrics;
        return llm with { Profile = EvalResultBuilder.WithProfiles().Metrics.Profile };
    }

    private static PlotlyFigure Build(string name, EvalMetrics metrics) => name switch
    {
        "reliability" => EvalCharts.Reliability(metrics),
        "inferred-skill-reliability" => EvalCharts.InferredSkillReliability(metrics),
        "rating-confusion" => EvalCharts.RatingConfusion(metrics),
        "cost" => EvalCharts.CostByPromptVersion(metrics),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such chart"),
    };
}
