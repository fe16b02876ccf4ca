using LeadQual.Core.Tests.Support;
using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Engines.Llm;
using LeadQual.Engines.Llm.Resilience;
using LeadQual.FakeOpenAI;
using LeadQual.Pipeline;

namespace LeadQual.Core.Tests.Engines.Llm;

public sealed class LlmEngineFailureTests : IAsyncLifetime
{
    private LlmRig rig = null!;

    public async Task InitializeAsync() => rig = await LlmRig.StartAsync();

    public async Task DisposeAsync() => await rig.DisposeAsync();

    private static JobPosting Posting() => DocumentLoader.ParsePosting(Samples.BackendPosting, html: false);

    private static LlmEngineOptions Streamed => new() { Model = "test/model", Stream = true };

    [Fact]
    public async Task TagAsync_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        rig.Server.Enqueue(FakeFault.Http(429, retryAfterSeconds: 7));

        var outcome = await ClockDriver.RunAsync(rig.Clock, () => rig.Engine().TagAsync(Posting()));

        var requests = rig.Server.ChatRequests;
        Assert.Equal(2, requests.Count);
        var waited = requests[1].ReceivedAt - requests[0].ReceivedAt;
        Assert.InRange(waited, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(15));
        Assert.Equal(2, outcome.Calls.Count);
        Assert.Contains("429", outcome.Calls[0].Error, StringComparison.Ordinal);
        Assert.Null(outcome.Calls[1].Error);
        Assert.Equal([1, 2], outcome.Calls.Select(c => c.Attempt));
    }

    [Fact]
    public async Task TagAsync_503WithRateLimitReset_HonoursTheResetTime()
    {
        var reset = rig.Clock.GetUtcNow().AddSeconds(5).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        rig.Server.Enqueue(FakeFault.Http(503, rateLimitReset: reset));

        await ClockDriver.RunAsync(rig.Clock, () => rig.Engine().TagAsync(Posting()));

        var requests = rig.Server.ChatRequests;
        Assert.InRange(requests[1].ReceivedAt - requests[0].ReceivedAt, TimeSpan.FromSeconds(4.9), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task AssessAsync_500ThreeTimes_JobQuarantinedWithEveryAttemptRecorded()
    {
        rig.Server.EveryRequest = FakeFault.Http(500);

        var failure = await ClockDriver.FailsAsync(rig.Clock, () => rig.Pipeline(rig.Engine()).AssessAsync(Posting(), new Resume("jordan", Samples.BackendResume)));

        var quarantined = Assert.IsType<JobQuarantinedException>(failure);
        Assert.Equal(QuarantineReasons.FailedGenerateAssessment, quarantined.Reason);
        Assert.Contains("gave up after 3 attempts", quarantined.Message, StringComparison.Ordinal);
        Assert.Equal(3, rig.Server.ChatRequests.Count);
        Assert.Equal(1, await rig.Temp.CountAsync("job_quarantine", "job_quarantine_reason = 'failed_generate_assessment'"));
        Assert.Equal(3, await rig.Temp.CountAsync("llm_runs_v2", "llm_run_error LIKE 'HTTP 500%'"));
    }

    [Fact]
    public async Task TagAsync_402WithoutRetryAfter_IsNotRetried()
    {
        rig.Server.Enqueue(FakeFault.Http(402));

        var failure = await ClockDriver.FailsAsync(rig.Clock, () => rig.Engine().TagAsync(Posting()));

        var engineFailure = Assert.IsType<EngineException>(failure);
        Assert.Single(rig.Server.ChatRequests);
        Assert.Contains("402", engineFailure.Message, StringComparison.Ordinal);
        Assert.Single(engineFailure.Calls);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    public async Task TagAsync_ClientErrors_AreNotRetried(int status)
    {
        rig.Server.Enqueue(FakeFault.Http(status));

        await ClockDriver.FailsAsync(rig.Clock, () => rig.Engine().TagAsync(Posting()));

        Assert.Single(rig.Server.ChatRequests);
    }

    [Fact]
    public async Task TagAsync_AttemptHangs_TimesOutAfter30SecondsAndRetries()
    {
        rig.Server.Enqueue(FakeFault.Hang);

        var outcome = await ClockDriver.RunAsync(rig.Clock, () => rig.Engine().TagAsync(Posting()));

        Assert.Equal(2, rig.Server.ChatRequests.Count);
        Assert.Contains("timed out after 30 s", outcome.Calls[0].Error, StringComparison.Ordinal);
        Assert.True(outcome.Calls[0].End - outcome.Calls[0].Start >= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task TagAsync_InvalidJsonThenValid_ReasksWithTheErrorAppended()
    {
        rig.Server.Enqueue(FakeFault.InvalidJson);

        var outcome = await rig.Engine().TagAsync(Posting());

        var requests = rig.Server.ChatRequests;
        Assert.Equal(2, requests.Count);
        var reask = requests[1].Body!["messages"]!.AsArray();
        Assert.Equal(4, reask.Count);
        Assert.Equal("assistant", reask[2]!["role"]!.ToString());
        Assert.Contains("not valid JSON", reask[3]!["content"]!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("invalid answer", outcome.Calls[0].Error, StringComparison.Ordinal);
        Assert.NotEmpty(outcome.Value.TaggedList);
    }

    [Fact]
    public async Task TagAsync_SchemaInvalidEveryTime_FailsAfterThreeGenerationsNamingTheErrors()
    {
        rig.Server.EveryRequest = FakeFault.SchemaInvalid;

        var failure = await Assert.ThrowsAsync<EngineException>(() => rig.Engine().TagAsync(Posting()));

        Assert.Equal(3, rig.Server.ChatRequests.Count);
        Assert.Equal(QuarantineReasons.FailedGenerateAssessment, failure.Reason);
        Assert.Contains("no valid answer after 3 generations", failure.Message, StringComparison.Ordinal);
        Assert.Contains("missing property \"tagged_list\"", failure.Message, StringComparison.Ordinal);
        Assert.Equal(3, failure.Calls.Count);
    }

    [Fact]
    public async Task TagAsync_TruncatedAnswer_IsNotSuccessAndIsReasked()
    {
        rig.Server.Enqueue(FakeFault.Truncated);

        var outcome = await rig.Engine().TagAsync(Posting());

        Assert.Equal(2, rig.Server.ChatRequests.Count);
        Assert.Contains("finish_reason \"length\"", outcome.Calls[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssessAsync_AnswerSkipsARequirement_ReasksAndGetsAll()
    {
        var engine = rig.Engine();
        var requirements = (await rig.Pipeline(engine).DecomposeAsync(Posting())).Classified.ClassifiedObjects.Where(c => c.IsAssessed).ToList();
        rig.Server.Enqueue(FakeFault.MissingItem);

        var outcome = await engine.AssessAsync(requirements, new Resume("jordan", Samples.BackendResume));

        Assert.Equal(requirements.Count, outcome.Value.AssessedObjects.Count);
        Assert.Contains($"answer each of the {requirements.Count} requirements", outcome.Calls[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TagAsync_Streamed_SkipsProcessingCommentsAndReadsUsageFromTheLastEvent()
    {
        rig.Server.ReportedCost = 0.0001m;
        var progress = new List<int>();
        var options = new LlmEngineOptions { Model = "test/model", Stream = true, Progress = new SyncProgress(p => progress.Add(p.Characters)) };

        var outcome = await rig.Engine(options).TagAsync(Posting());

        Assert.True(Assert.Single(rig.Server.ChatRequests).Streamed);
        Assert.NotEmpty(outcome.Value.TaggedList);
        var call = Assert.Single(outcome.Calls);
        Assert.True(call.InputTokens > 0);
        Assert.Equal(0.0001m, call.CostUsd);
        Assert.StartsWith("gen-fake-", call.GenerationId, StringComparison.Ordinal);
        Assert.True(progress.Count > 2);
        Assert.Equal(progress.Order(), progress);
    }

    [Fact]
    public async Task TagAsync_MidStreamError_IsAnErrorAndIsRetried()
    {
        rig.Server.Enqueue(FakeFault.MidStreamError);

        var outcome = await ClockDriver.RunAsync(rig.Clock, () => rig.Engine(Streamed).TagAsync(Posting()));

        Assert.Equal(2, rig.Server.ChatRequests.Count);
        Assert.Contains("mid-stream 502", outcome.Calls[0].Error, StringComparison.Ordinal);
        Assert.Null(outcome.Calls[1].Error);
    }

    [Fact]
    public async Task TagAsync_StreamCutShortEveryTime_FailsAsIncomplete()
    {
        rig.Server.EveryRequest = FakeFault.CutStream;

        var failure = await ClockDriver.FailsAsync(rig.Clock, () => rig.Engine(Streamed).TagAsync(Posting()));

        Assert.Contains("ended before data: [DONE]", Assert.IsType<EngineException>(failure).Message, StringComparison.Ordinal);
        Assert.Equal(3, rig.Server.ChatRequests.Count);
    }

    [Fact]
    public async Task TagAsync_RepeatedFailures_OpenTheCircuitAndLaterCallsSendNothing()
    {
        rig.Server.EveryRequest = FakeFault.Http(500);
        var engine = rig.Engine();

        await ClockDriver.FailsAsync(rig.Clock, () => engine.TagAsync(Posting()));
        await ClockDriver.FailsAsync(rig.Clock, () => engine.TagAsync(Posting()));
        var sent = rig.Server.ChatRequests.Count;
        var third = await ClockDriver.FailsAsync(rig.Clock, () => engine.TagAsync(Posting()));

        Assert.Equal(6, sent);
        Assert.Equal(sent, rig.Server.ChatRequests.Count);
        Assert.Contains("circuit is open", third.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssessAsync_KeyEchoedByTheServer_NeverReachesARowOrAMessage()
    {
        rig.Server.Enqueue(FakeFault.Http(401));

        var failure = await ClockDriver.FailsAsync(rig.Clock, () => rig.Pipeline(rig.Engine()).AssessAsync(Posting(), new Resume("jordan", Samples.BackendResume)));

        Assert.DoesNotContain(LlmRig.ApiKey, failure.ToString(), StringComparison.Ordinal);
        Assert.Contains("[redacted]", failure.Message, StringComparison.Ordinal);
        var stored = await rig.Temp.DumpAsync();
        Assert.Contains("invalid credentials", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(LlmRig.ApiKey, stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssessAsync_SuccessfulRun_StoresNoKeyAnywhere()
    {
        await rig.Pipeline(rig.Engine()).AssessAsync(Posting(), new Resume("jordan", Samples.BackendResume));

        Assert.DoesNotContain(LlmRig.ApiKey, await rig.Temp.DumpAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TagAsync_ConcurrencyLimitOfOne_RequestsNeverOverlap()
    {
        rig.Server.Latency = TimeSpan.FromMilliseconds(50);
        var engine = rig.Engine(new LlmEngineOptions { Model = "test/model", UseCache = false }, new LlmResilienceOptions { MaxConcurrency = 1 });

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => engine.TagAsync(Posting())));

        Assert.Equal(3, rig.Server.ChatRequests.Count);
        Assert.Equal(1, rig.Server.MaxInFlight);
    }

    private sealed class SyncProgress(Action<LeadQual.Engines.Llm.Streaming.StreamProgress> report) : IProgress<LeadQual.Engines.Llm.Streaming.StreamProgress>
    {
        public void Report(LeadQual.Engines.Llm.Streaming.StreamProgress value) => report(value);
    }
}
