using LeadQual.Core.Tests.Support;
using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Engines.Offline;
using LeadQual.Prompts;
using LeadQual.Prompts.Estimation;

namespace LeadQual.Core.Tests.Prompts.Estimation;

public sealed class PromptCostEstimatorTests
{
    private static readonly PromptCostEstimator Estimator = new(new OfflineEngine(clock: TestClock.November2026()));

    private static JobPosting Posting() => DocumentLoader.ParsePosting(Samples.BackendPosting, html: false);

    [Fact]
    public async Task EstimateAsync_TwoPostings_CountsInputForEachVersionAndBothJobs()
    {
        var one = await Estimator.EstimateAsync(PromptFiles.Shipped, [Posting()], new Resume("r", Samples.BackendResume));
        var two = await Estimator.EstimateAsync(PromptFiles.Shipped, [Posting(), Posting()], new Resume("r", Samples.BackendResume));

        Assert.Equal(4, one.Count);
        Assert.All(one, e => Assert.True(e.InputTokens > TokenCounter.O200k.Count(e.Version.SystemPrompt)));
        Assert.Equal(one.Select(e => e.InputTokens * 2), two.Select(e => e.InputTokens));
        Assert.Equal(one.Select(e => e.InputTokensPerJob), two.Select(e => e.InputTokensPerJob));
    }

    [Fact]
    public async Task EstimateAsync_NoResume_SkipsStep31()
    {
        var estimates = await Estimator.EstimateAsync(PromptFiles.Shipped, [Posting()], resume: null);

        Assert.DoesNotContain(estimates, e => e.Version.Name == StepName.Assessing);
    }

    [Fact]
    public async Task EstimateAsync_UnpricedModel_HasNoCostRatherThanAGuess()
    {
        var estimates = await Estimator.EstimateAsync(PromptFiles.Shipped, [Posting()], null, model: "someone/unknown-model");

        Assert.All(estimates, e => Assert.Null(e.EstimatedCostUsd));
        Assert.All(estimates, e => Assert.Equal("someone/unknown-model", e.Model));
    }
}
