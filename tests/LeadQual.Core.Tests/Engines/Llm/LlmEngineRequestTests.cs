using LeadQual.Core.Tests.Support;
using LeadQual.Documents;
using LeadQual.Engines.Llm;
using LeadQual.FakeOpenAI;
using LeadQual.Pipeline;

namespace LeadQual.Core.Tests.Engines.Llm;

public sealed class LlmEngineRequestTests : IAsyncLifetime
{
    private LlmRig rig = null!;

    public async Task InitializeAsync() => rig = await LlmRig.StartAsync();

    public async Task DisposeAsync() => await rig.DisposeAsync();

    private static JobPosting Posting() => DocumentLoader.ParsePosting(Samples.BackendPosting, html: false);

    [Fact]
    public async Task TagAsync_OpenRouter_SendsStrictSchemaProviderObjectReasoningAndBearerKey()
    {
        await rig.Engine().TagAsync(Posting());

        var request = Assert.Single(rig.Server.ChatRequests);
        Assert.Equal($"Bearer {LlmRig.ApiKey}", request.Authorization);
        var body = request.Body!;
        Assert.Equal("test/model", body["model"]!.ToString());
        Assert.Equal(0, body["temperature"]!.GetValue<double>());
        Assert.Equal("system", body["messages"]![0]!["role"]!.ToString());
        Assert.Contains("<job_posting>", body["messages"]![1]!["content"]!.ToString(), StringComparison.Ordinal);
        var format = body["response_format"]!;
        Assert.Equal("json_schema", format["type"]!.ToString());
        Assert.True(format["json_schema"]!["strict"]!.GetValue<bool>());
        Assert.Equal("ResponseData_2_1", format["json_schema"]!["name"]!.ToString());
        var schema = format["json_schema"]!["schema"]!;
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        Assert.False(schema["properties"]!["tagged_list"]!["items"]!["additionalProperties"]!.GetValue<bool>());
        Assert.True(body["provider"]!["require_parameters"]!.GetValue<bool>());
        Assert.Equal(1024, body["reasoning"]!["max_tokens"]!.GetValue<int>());
    }

    [Fact]
    public async Task TagAsync_PlainOpenAiProvider_SendsNoOpenRouterExtensions()
    {
        await rig.Engine(provider: LlmProvider.OpenAi).TagAsync(Posting());

        var body = Assert.Single(rig.Server.ChatRequests).Body!;
        Assert.Null(body["provider"]);
        Assert.Null(body["reasoning"]);
        Assert.NotNull(body["response_format"]);
    }

    [Fact]
    public async Task TagAsync_NoKey_SendsNoAuthorizationHeader()
    {
        await rig.Engine(provider: LlmProvider.OpenAi, apiKey: null).TagAsync(Posting());

        Assert.Null(Assert.Single(rig.Server.ChatRequests).Authorization);
    }

    [Fact]
    public async Task AssessAsync_FullPipeline_FourCallsStoredNamingTheServedModelAndPromptVersion()
    {
        var engine = rig.Engine();

        var run = await rig.Pipeline(engine).AssessAsync(Posting(), new Resume("jordan", Samples.BackendResume));

        Assert.Equal(4, rig.Server.ChatRequests.Count);
        Assert.Equal(["ResponseData_2_1", "ResponseData_2_2", "ResponseData_2_3", "ResponseData_3_1"], rig.Server.ChatRequests.Select(r => r.SchemaName));
        Assert.Equal("llm", run.Result.Engine);
        Assert.Equal("test/model", run.Result.Model);
        Assert.NotEmpty(run.Result.RequiredQualifications);
        Assert.All(run.Calls, c => Assert.Equal(FakeOpenAiServer.ServedModel, c.ModelId));
        Assert.Equal(4, await rig.Temp.CountAsync("llm_runs_v2", $"llm_run_model_id = '{FakeOpenAiServer.ServedModel}' AND llm_run_engine = 'llm' AND llm_run_input_tokens > 0 AND llm_run_generation_id LIKE 'gen-fake-%'"));
        Assert.Equal(engine.Prompts.Assessing.Id, run.Calls[^1].PromptId);
    }

    [Fact]
    public async Task AssessAsync_OneCallForAllRequirements_ResumeLinesNumberedAndEvidenceCitesThem()
    {
        var engine = rig.Engine();
        var requirements = (await rig.Pipeline(engine).DecomposeAsync(Posting())).Classified.ClassifiedObjects.Where(c => c.IsAssessed).ToList();

        var outcome = await engine.AssessAsync(requirements, new Resume("jordan", Samples.BackendResume));

        var request = rig.Server.ChatRequests[^1];
        var prompt = request.Body!["messages"]![1]!["content"]!.ToString();
        Assert.Contains("1| Jordan Alvarez", prompt, StringComparison.Ordinal);
        Assert.Equal(requirements.Count, outcome.Value.AssessedObjects.Count);
        Assert.Contains(outcome.Value.AssessedObjects, a => a.Match && a.Evidence.Count > 0);
    }

    [Fact]
    public async Task AssessAsync_PerRequirementOption_OneCallPerRequirement()
    {
        var engine = rig.Engine(new LlmEngineOptions { Model = "test/model", AssessPerRequirement = true });
        var requirements = (await rig.Pipeline(engine).DecomposeAsync(Posting())).Classified.ClassifiedObjects.Where(c => c.IsAssessed).Take(3).ToList();

        var outcome = await engine.AssessAsync(requirements, new Resume("jordan", Samples.BackendResume));

        Assert.Equal(3, rig.Server.ChatRequests.Count(r => r.SchemaName == "ResponseData_3_1"));
        Assert.Equal(3, outcome.Value.AssessedObjects.Count);
    }

    [Fact]
    public async Task TagAsync_ProviderReportsCost_StoredAsReported()
    {
        rig.Server.ReportedCost = 0.000421m;

        var outcome = await rig.Engine().TagAsync(Posting());

        var call = Assert.Single(outcome.Calls);
        Assert.Equal(0.000421m, call.CostUsd);
        Assert.False(call.CostEstimated);
    }

    [Fact]
    public async Task TagAsync_NoReportedCostForAPricedModel_EstimatesFromThePriceTable()
    {
        var outcome = await rig.Engine(new LlmEngineOptions { Model = "openai/gpt-4o-mini" }).TagAsync(Posting());

        var call = Assert.Single(outcome.Calls);
        Assert.True(call.CostEstimated);
        Assert.True(call.CostUsd > 0);
    }

    [Fact]
    public async Task TagAsync_UnchangedPromptAndInput_SecondRunMakesNoCall()
    {
        await rig.Engine().TagAsync(Posting());

        var again = await rig.Engine().TagAsync(Posting());

        Assert.Single(rig.Server.ChatRequests);
        var call = Assert.Single(again.Calls);
        Assert.Equal(0, call.Attempt);
        Assert.Equal(0m, call.CostUsd);
    }

    [Fact]
    public async Task TagAsync_CacheOff_CallsAgain()
    {
        await rig.Engine().TagAsync(Posting());

        await rig.Engine(new LlmEngineOptions { Model = "test/model", UseCache = false }).TagAsync(Posting());

        Assert.Equal(2, rig.Server.ChatRequests.Count);
    }

    [Fact]
    public async Task TagAsync_OtherModel_IsNotServedFromTheCache()
    {
        await rig.Engine().TagAsync(Posting());

        await rig.Engine(new LlmEngineOptions { Model = "other/model" }).TagAsync(Posting());

        Assert.Equal(2, rig.Server.ChatRequests.Count);
    }
}
