using LeadQual.Core.Tests.Support;
using LeadQual.Engines;
using LeadQual.Prompts;

namespace LeadQual.Core.Tests.Prompts;

public sealed class PromptRegistryTests : IDisposable
{
    private readonly TempDatabase temp = new();

    private PromptRegistry Registry() => new(temp.Database, TestClock.November2026());

    [Fact]
    public async Task RegisterShippedAsync_Twice_AddsThemOnce()
    {
        Assert.Equal(4, await Registry().RegisterShippedAsync());
        Assert.Equal(0, await Registry().RegisterShippedAsync());
        Assert.Equal(4, await temp.CountAsync("prompts", "prompt_label = 'v1'"));
    }

    [Fact]
    public async Task LatestAsync_AfterAddingAVersion_ReturnsIt()
    {
        var registry = Registry();
        await registry.RegisterShippedAsync();
        var v2 = (await registry.LatestAsync(StepName.Assessing)) with { Label = "v2", ReasoningBudget = 0 };

        await registry.AddAsync([v2]);

        Assert.Equal(v2.Id, (await registry.LatestAsync(StepName.Assessing)).Id);
        Assert.Equal("v1", (await registry.FindAsync(StepName.Assessing, "v1")).Label);
        Assert.Equal("v2", (await registry.FindAsync(StepName.Assessing, v2.Id[..8])).Label);
    }

    [Fact]
    public async Task LatestAsync_NothingRegistered_IsAPromptConfigurationError() =>
        await Assert.ThrowsAsync<PromptException>(() => Registry().LatestAsync(StepName.Tagging));

    public void Dispose() => temp.Dispose();
}
