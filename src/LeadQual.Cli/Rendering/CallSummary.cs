using System.Globalization;
using LeadQual.Engines;

namespace LeadQual.Cli.Rendering;

/// <summary>One line on what the engine's calls were: who served them, tokens, cost, and whether cost is estimated.</summary>
public static class CallSummary
{
    public static string Describe(IReadOnlyList<StepCall> calls)
    {
        var served = string.Join(", ", calls.Select(c => c.ModelId).Distinct());
        var cached = calls.Count(c => c.Attempt == 0);
        var failed = calls.Count(c => c.Error is not null);
        var cost = calls.Sum(c => c.CostUsd ?? 0m);
        var costText = calls.All(c => c.CostUsd is null) ? "cost unknown"
            : string.Create(CultureInfo.InvariantCulture, $"cost ${cost:0.######}{(calls.Any(c => c.CostEstimated) ? " (partly estimated from the price table)" : " (reported)")}");
        return string.Create(CultureInfo.InvariantCulture,
            $"calls: {calls.Count} ({cached} from cache, {failed} failed attempts); served by {served}; tokens {calls.Sum(c => c.InputTokens)} in / {calls.Sum(c => c.OutputTokens)} out / {calls.Sum(c => c.ReasoningTokens)} reasoning; {costText}");
    }
}
