using System.CommandLine;
using System.Globalization;
using LeadQual.Engines.Llm;
using LeadQual.Engines.Llm.Credits;

namespace LeadQual.Cli.Commands;

/// <summary><c>leadqual credits</c>: OpenRouter's balance and this key's usage and limit.</summary>
public static class CreditsCommand
{
    public static Command Create(CliContext context)
    {
        var baseUrl = new Option<string?>("--base-url") { Description = "Override OpenRouter's base URL" };
        var command = new Command("credits", "Show OpenRouter credits and this key's usage (needs OPENROUTER_API_KEY)") { baseUrl };
        command.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var provider = LlmProvider.OpenRouter;
            var url = EngineOptions.Url(result.GetValue(baseUrl)) ?? provider.BaseUrl;
            var key = context.Environment(provider.ApiKeyVariable);
            if (string.IsNullOrWhiteSpace(key))
            {
                await context.Error.WriteLineAsync($"error: {provider.ApiKeyVariable} is not set; leadqual credits reads OpenRouter's /key and /credits with it. Set it, or keep using --engine offline, which needs no key.").ConfigureAwait(false);
                return CliContext.BadInput;
            }

            CreditsReport report;
            try
            {
                report = await OpenRouterCredits.ReadAsync(url, key, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (CreditsUnavailableException failure)
            {
                // The message is already one line with the key redacted.
                await context.Error.WriteLineAsync($"error: could not read OpenRouter credits ({failure.Reason}): {failure.Message}").ConfigureAwait(false);
                return CliContext.BadInput;
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"""
                OpenRouter ({url})
                credits: {Usd(report.TotalCredits)} purchased, {Usd(report.TotalUsage)} used, {Usd(report.Remaining)} remaining
                key {report.KeyLabel ?? "(no label)"}: {Usd(report.KeyUsage)} used, limit {(report.KeyLimit is null ? "none" : Usd(report.KeyLimit))}{(report.KeyLimitRemaining is null ? string.Empty : $", {Usd(report.KeyLimitRemaining)} left")}{(report.IsFreeTier == true ? " (free tier)" : string.Empty)}
                """)).ConfigureAwait(false);
            return CliContext.Ok;
        }));
        return command;
    }

    private static string Usd(decimal? value) => value is null ? "?" : string.Create(CultureInfo.InvariantCulture, $"${value:0.####}");
}
