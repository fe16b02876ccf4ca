using LeadQual.Documents;
using LeadQual.Pipeline;
using Spectre.Console;

namespace LeadQual.Cli;

/// <summary>Where a command writes, what time it is, and how a failure becomes one line and an exit code.</summary>
public sealed class CliContext(IAnsiConsole console, TextWriter output, TextWriter error, TimeProvider clock, Func<string, string?>? environment = null)
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Quarantined = 2;

    public IAnsiConsole Console { get; } = console;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public TimeProvider Clock { get; } = clock;

    /// <summary>Reads an environment variable (API keys); tests pass their own.</summary>
    public Func<string, string?> Environment { get; } = environment ?? System.Environment.GetEnvironmentVariable;

    /// <summary>Runs a command body; bad input and quarantined jobs end as one line on stderr, never a stack trace.</summary>
    public async Task<int> Guard(Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (InputException failure)
        {
            await Error.WriteLineAsync($"error: {failure.Message}").ConfigureAwait(false);
            return BadInput;
        }
        catch (LeadQual.Prompts.PromptException failure)
        {
            await Error.WriteLineAsync($"error: {failure.Message}").ConfigureAwait(false);
            return BadInput;
        }
        catch (JobQuarantinedException failure)
        {
            await Error.WriteLineAsync($"error: job {failure.JobId} quarantined ({failure.Reason}): {failure.Message}").ConfigureAwait(false);
            return Quarantined;
        }
    }
}
