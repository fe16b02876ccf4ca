using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LeadQual.Engines.Offline;
using LeadQual.Profiles.Offline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadQual.FakeOpenAI;

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 (a free port) for tests: <c>POST /v1/chat/completions</c>
/// plain and streamed (SSE with <c>: OPENROUTER PROCESSING</c> comments, usage in the last event,
/// <c>data: [DONE]</c>), and OpenRouter's <c>GET /v1/key</c> and <c>/v1/credits</c>. Every answer comes
/// from the offline engine (<see cref="ServedModel"/> says so); scripted faults and latency are
/// injectable, and every request is recorded.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    /// <summary>The model the fake echoes in every response: its answers are the offline engine's.</summary>
    public static readonly string ServedModel = $"fake-openai/offline-engine-{OfflineEngine.Version}";

    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentQueue<FakeFault> faults = new();
    private readonly OfflineResponder responder;
    private WebApplication? app;
    private int inFlight;
    private int maxInFlight;

    public FakeOpenAiServer(TimeProvider? clock = null, TimeProvider? offlineClock = null)
    {
        Clock = clock ?? TimeProvider.System;
        responder = new OfflineResponder(new OfflineEngine(clock: offlineClock ?? TimeProvider.System), new OfflineProfileEngine(clock: offlineClock ?? TimeProvider.System));
    }

    public TimeProvider Clock { get; }

    /// <summary>"http://127.0.0.1:PORT/v1", once started.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/v1");

    /// <summary>Real time waited before answering each chat request.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>When set, sent as <c>usage.cost</c> (as OpenRouter does); otherwise no cost is reported.</summary>
    public decimal? ReportedCost { get; set; }

    /// <summary>When set, every chat request gets this fault (scripted faults are ignored).</summary>
    public FakeFault? EveryRequest { get; set; }

    /// <summary>
    /// When set, <c>GET /v1/key</c> and <c>/v1/credits</c> misbehave: <see cref="FakeFaultKind.Status"/> answers that status,
    /// <see cref="FakeFaultKind.InvalidJson"/> an HTML page (a proxy's or a captive portal's) with the fault's status or 200, <see cref="FakeFaultKind.SchemaInvalid"/>
    /// 200 JSON without the figures. Other kinds are ignored.
    /// </summary>
    public FakeFault? AccountFault { get; set; }

    /// <summary>When set, answers are degraded on purpose (a share of 3.1 decisions flipped), to test that a comparison sees it.</summary>
    public AnswerDegradation? Degradation { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => requests.ToList();

    /// <summary>The most chat requests that were being answered at the same moment.</summary>
    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public IReadOnlyList<RecordedRequest> ChatRequests => requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal)).ToList();

    public static async Task<FakeOpenAiServer> StartAsync(TimeProvider? clock = null, TimeProvider? offlineClock = null)
    {
        var server = new FakeOpenAiServer(clock, offlineClock);
        await server.StartServerAsync();
        return server;
    }

    /// <summary>Faults for the next chat requests, one each, in order; then normal answers.</summary>
    public void Enqueue(params FakeFault[] scripted)
    {
        foreach (var fault in scripted)
        {
            faults.Enqueue(fault);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task StartServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.MapPost("/v1/chat/completions", ChatAsync);
        app.MapGet("/v1/key", (HttpContext context) => AccountAsync(context, new JsonObject
        {
            ["data"] = new JsonObject { ["label"] = "fake-key", ["usage"] = 1.25, ["limit"] = 10, ["limit_remaining"] = 8.75, ["is_free_tier"] = false },
        }));
        app.MapGet("/v1/credits", (HttpContext context) => AccountAsync(context, new JsonObject
        {
            ["data"] = new JsonObject { ["total_credits"] = 20, ["total_usage"] = 1.25 },
        }));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/v1");
    }

    private async Task AccountAsync(HttpContext context, JsonObject answer)
    {
        Record(context, null);
        var ct = context.RequestAborted;
        if (context.Request.Headers.Authorization.Count == 0)
        {
            context.Response.StatusCode = 401;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Error(401, "No auth credentials found").ToJsonString(), ct);
            return;
        }

        switch (AccountFault?.Kind)
        {
            case FakeFaultKind.Status:
                await WriteStatusAsync(context, AccountFault, ct);
                return;
            case FakeFaultKind.InvalidJson:
                context.Response.StatusCode = AccountFault.Status == 0 ? 200 : AccountFault.Status;
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync("<!DOCTYPE html>\n<html>\n<head><title>Sign in to the guest network</title></head>\n<body>\n<h1>Welcome</h1>\n<p>Accept the terms to continue.</p>\n</body>\n</html>\n", ct);
                return;
            case FakeFaultKind.SchemaInvalid:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"data\": {\"total_credits\": \"twenty\"}}", ct);
                return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString(), ct);
    }

    private async Task ChatAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
        {
        }

        try
        {
            await AnswerChatAsync(context);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    private async Task AnswerChatAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = JsonNode.Parse(await reader.ReadToEndAsync(ct)) ?? new JsonObject();
        Record(context, body);
        var fault = EveryRequest ?? (faults.TryDequeue(out var next) ? next : null);
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, ct);
        }

        switch (fault?.Kind)
        {
            case FakeFaultKind.Status:
                await WriteStatusAsync(context, fault, ct);
                return;
            case FakeFaultKind.Hang:
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
                return;
        }

        var answer = await responder.AnswerAsync(body, ct);
        if (Degradation is { } degradation)
        {
            var schema = body["response_format"]?["json_schema"]?["name"]?.ToString() ?? string.Empty;
            var prompt = string.Concat((body["messages"] as JsonArray ?? []).Select(m => m?["content"]?.ToString()));
            answer = degradation.Apply(schema, prompt, answer);
        }

        var finish = "stop";
        switch (fault?.Kind)
        {
            case FakeFaultKind.InvalidJson:
                answer = "Sure! Here is the assessment you asked for: {\"tagged_list\": [";
                break;
            case FakeFaultKind.SchemaInvalid:
                answer = "{\"items\": [{\"text\": 42}]}";
                break;
            case FakeFaultKind.Truncated:
                answer = answer[..(answer.Length / 2)];
                finish = "length";
                break;
            case FakeFaultKind.MissingItem:
                answer = OfflineResponder.DropLastItem(answer);
                break;
            case FakeFaultKind.ParaphrasedEvidence:
                answer = OfflineResponder.ParaphraseFirstSnippet(answer);
                break;
        }

        var usage = Usage(body, answer);
        var id = "gen-fake-" + Guid.NewGuid().ToString("N")[..12];
        if (body["stream"]?.GetValue<bool>() == true)
        {
            await StreamAsync(context, id, answer, finish, usage, fault?.Kind, ct);
            return;
        }

        var response = new JsonObject
        {
            ["id"] = id,
            ["object"] = "chat.completion",
            ["model"] = ServedModel,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = answer },
                ["finish_reason"] = finish,
            }),
            ["usage"] = usage,
        };
        context.Response.Headers["X-Generation-Id"] = id;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.ToJsonString(), ct);
    }

    private static async Task StreamAsync(HttpContext context, string id, string answer, string finish, JsonObject usage, FakeFaultKind? fault, CancellationToken ct)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers["X-Generation-Id"] = id;
        await WriteAsync(": OPENROUTER PROCESSING\n\n");
        await WriteAsync(": OPENROUTER PROCESSING\n\n");
        var pieces = Enumerable.Range(0, (answer.Length + 39) / 40).Select(i => answer.Substring(i * 40, Math.Min(40, answer.Length - (i * 40)))).ToList();
        for (var i = 0; i < pieces.Count; i++)
        {
            if (fault == FakeFaultKind.MidStreamError && i == 1)
            {
                await WriteAsync("data: " + new JsonObject
                {
                    ["id"] = id,
                    ["object"] = "chat.completion.chunk",
                    ["model"] = ServedModel,
                    ["error"] = new JsonObject { ["code"] = 502, ["message"] = "upstream provider disconnected" },
                    ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = new JsonObject { ["content"] = string.Empty }, ["finish_reason"] = "error" }),
                }.ToJsonString() + "\n\n");
                return;
            }

            if (fault == FakeFaultKind.CutStream && i == pieces.Count / 2)
            {
                return;
            }

            await WriteAsync("data: " + Chunk(id, pieces[i], null, null) + "\n\n");
            if (i == 0)
            {
                await WriteAsync(": OPENROUTER PROCESSING\n\n");
            }
        }

        await WriteAsync("data: " + Chunk(id, string.Empty, finish, usage) + "\n\n");
        await WriteAsync("data: [DONE]\n\n");

        async Task WriteAsync(string text)
        {
            await context.Response.WriteAsync(text, ct);
            await context.Response.Body.FlushAsync(ct);
        }
    }

    private static string Chunk(string id, string content, string? finish, JsonObject? usage)
    {
        var chunk = new JsonObject
        {
            ["id"] = id,
            ["object"] = "chat.completion.chunk",
            ["model"] = ServedModel,
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = new JsonObject { ["content"] = content }, ["finish_reason"] = finish }),
        };
        if (usage is not null)
        {
            chunk["usage"] = usage.DeepClone();
        }

        return chunk.ToJsonString();
    }

    private JsonObject Usage(JsonNode body, string answer)
    {
        var promptChars = (body["messages"] as JsonArray ?? []).Sum(m => m?["content"]?.ToString().Length ?? 0);
        var prompt = Math.Max(1, promptChars / 4);
        var completion = Math.Max(1, answer.Length / 4);
        var usage = new JsonObject
        {
            ["prompt_tokens"] = prompt,
            ["completion_tokens"] = completion,
            ["total_tokens"] = prompt + completion,
            ["prompt_tokens_details"] = new JsonObject { ["cached_tokens"] = 0 },
            ["completion_tokens_details"] = new JsonObject { ["reasoning_tokens"] = 0 },
        };
        if (ReportedCost is { } cost)
        {
            usage["cost"] = cost;
        }

        return usage;
    }

    private static async Task WriteStatusAsync(HttpContext context, FakeFault fault, CancellationToken ct)
    {
        context.Response.StatusCode = fault.Status;
        if (fault.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (fault.RateLimitReset is { } reset)
        {
            context.Response.Headers["X-RateLimit-Reset"] = reset;
        }

        // A 401 echoes the credentials it was sent, as some servers do, so tests can check the client redacts them.
        var message = fault.Status == 401 ? $"invalid credentials: {context.Request.Headers.Authorization}" : $"fake failure {fault.Status}";
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Error(fault.Status, message).ToJsonString(), ct);
    }

    private static JsonObject Error(int code, string message) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    private void Record(HttpContext context, JsonNode? body)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? string.Empty, authorization.Length == 0 ? null : authorization, body, Clock.GetUtcNow()));
    }
}
