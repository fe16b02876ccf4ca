using System.CommandLine;
using LeadQual.Cli.Commands;
using Spectre.Console;

namespace LeadQual.Cli;

/// <summary>The <c>leadqual</c> command: one entry point for the process and for the tests.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter output, TextWriter error, Func<string, string?>? environment = null)
    {
        var context = new CliContext(console, output, error, TimeProvider.System, environment);
        var root = new RootCommand("LeadQual: how well a resume fits a job posting, offline or with an LLM.");
        root.Subcommands.Add(AssessCommand.Create(context));
        root.Subcommands.Add(DecomposeCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(TaxonomyCommand.Create(context));
        root.Subcommands.Add(ProfileCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(NotebooksCommand.Create(context));
        root.Subcommands.Add(PromptsCommand.Create(context));
        root.Subcommands.Add(CreditsCommand.Create(context));
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration).ConfigureAwait(false);
    }
}
