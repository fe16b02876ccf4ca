using System.CommandLine;
using System.Globalization;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using LeadQual.Documents;
using LeadQual.Prompts;
using LeadQual.Storage;
using Spectre.Console;

namespace LeadQual.Cli.Commands;

/// <summary>
/// <c>leadqual prompts list | show | diff | add | export | import | estimate</c>: the prompt registry
/// (the SQLite <c>prompts</c> table, with the shipped versions registered on first use).
/// </summary>
public static class PromptsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("prompts", "List, inspect, compare, add, export, import and cost-estimate prompt versions");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Diff(context));
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(Export(context));
        command.Subcommands.Add(Import(context));
        command.Subcommands.Add(PromptsEstimateCommand.Create(context));
        return command;
    }

    internal static async Task<PromptRegistry> RegistryAsync(CliContext context, string path, CancellationToken cancellationToken)
    {
        var registry = new PromptRegistry(new LeadQualDatabase(path), context.Clock);
        await registry.RegisterShippedAsync(cancellationToken).ConfigureAwait(false);
        return registry;
    }

    private static Command List(CliContext context)
    {
        var db = CommonOptions.Database();
        var name = new Option<string?>("--name") { Description = "Only this step (e.g. ja_3_1_assessment)" };
        var command = new Command("list", "Every registered version; the last of each step is the one that runs") { db, name };
        command.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var registry = await RegistryAsync(context, result.GetValue(db)!, cancellationToken).ConfigureAwait(false);
            var all = await registry.ListAsync(result.GetValue(name), cancellationToken).ConfigureAwait(false);
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var column in new[] { "Step", "Label", "Version id", "Model", "Temp.", "Reasoning budget", "Schema", "Registered", "Runs" })
            {
                table.AddColumn(column);
            }

            foreach (var prompt in all)
            {
                var newest = all.Last(p => p.Version.Name == prompt.Version.Name) == prompt;
                var v = prompt.Version;
                table.AddRow(Markup.Escape(v.Name), Markup.Escape(v.Label), prompt.Id, Markup.Escape(v.Model), v.Temperature.ToString(CultureInfo.InvariantCulture),
                    v.ReasoningBudget.ToString(CultureInfo.InvariantCulture), Markup.Escape(v.ResponseSchema), prompt.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), newest ? "[green]latest[/]" : string.Empty);
            }

            context.Console.Write(table);
            return CliContext.Ok;
        }));
        return command;
    }

    private static Command Show(CliContext context)
    {
        var db = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "Step name, e.g. ja_3_1_assessment" };
        var version = new Option<string?>("--version") { Description = "Label or version id (default: latest)" };
        var command = new Command("show", "Print a version's settings, system prompt and template") { name, version, db };
        command.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var registry = await RegistryAsync(context, result.GetValue(db)!, cancellationToken).ConfigureAwait(false);
            var step = result.GetValue(name)!;
            var prompt = result.GetValue(version) is { } wanted
                ? await registry.FindAsync(step, wanted, cancellationToken).ConfigureAwait(false)
                : await registry.LatestAsync(step, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync(Describe(prompt)).ConfigureAwait(false);
            return CliContext.Ok;
        }));
        return command;
    }

    private static Command Diff(CliContext context)
    {
        var db = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "Step name" };
        var from = new Argument<string>("from") { Description = "Label or version id" };
        var to = new Argument<string>("to") { Description = "Label or version id" };
        var command = new Command("diff", "Line diff of two versions (settings, system prompt, template)") { name, from, to, db };
        command.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var registry = await RegistryAsync(context, result.GetValue(db)!, cancellationToken).ConfigureAwait(false);
            var step = result.GetValue(name)!;
            var a = await registry.FindAsync(step, result.GetValue(from)!, cancellationToken).ConfigureAwait(false);
            var b = await registry.FindAsync(step, result.GetValue(to)!, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"--- {a.DisplayName}\n+++ {b.DisplayName}").ConfigureAwait(false);
            var diff = InlineDiffBuilder.Diff(Describe(a), Describe(b));
            foreach (var line in diff.Lines)
            {
                var prefix = line.Type switch
                {
                    ChangeType.Inserted => "+ ",
                    ChangeType.Deleted => "- ",
                    _ => "  ",
                };
                await context.Output.WriteLineAsync(prefix + line.Text).ConfigureAwait(false);
            }

            return CliContext.Ok;
        }));
        return command;
    }

    private static Command Add(CliContext context)
    {
        var db = CommonOptions.Database();
        var name = new Option<string>("--name") { Description = "Step name, e.g. ja_3_1_assessment", Required = true };
        var label = new Option<string>("--label") { Description = "New label, e.g. v2", Required = true };
        var template = new Option<string?>("--template") { Description = "Scriban user template file (default: the base version's)" };
        var system = new Option<string?>("--system") { Description = "System prompt file (default: the base version's)" };
        var model = new Option<string?>("--model") { Description = "Model id (default: the base version's)" };
        var temperature = new Option<double?>("--temperature") { Description = "Temperature (default: the base version's)" };
        var budget = new Option<int?>("--reasoning-budget") { Description = "Reasoning max_tokens, 0 for none (default: the base version's)" };
        var basis = new Option<string?>("--from") { Description = "Base version label or id (default: latest)" };
        var command = new Command("add", "Register a new version of a step's prompt, starting from an existing one") { name, label, template, system, model, temperature, budget, basis, db };
        command.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var registry = await RegistryAsync(context, result.GetValue(db)!, cancellationToken).ConfigureAwait(false);
            var step = result.GetValue(name)!;
            var start = result.GetValue(basis) is { } from
                ? await registry.FindAsync(step, from, cancellationToken).ConfigureAwait(false)
                : await registry.LatestAsync(step, cancellationToken).ConfigureAwait(false);
            var version = start with
            {
                Label = result.GetValue(label)!,
                Template = result.GetValue(template) is { } t ? await ReadAsync(t, cancellationToken).ConfigureAwait(false) : start.Template,
                SystemPrompt = result.GetValue(system) is { } s ? (await ReadAsync(s, cancellationToken).ConfigureAwait(false)).Trim() : start.SystemPrompt,
                Model = result.GetValue(model) ?? start.Model,
                Temperature = result.GetValue(temperature) ?? start.Temperature,
                ReasoningBudget = result.GetValue(budget) ?? start.ReasoningBudget,
            };
            if (PromptRenderer.Check(version.Template) is { Count: > 0 } errors)
            {
                throw new PromptException($"template does not parse: {string.Join("; ", errors)}");
            }

            var added = await registry.AddAsync([version], cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync(added == 1 ? $"added {version.DisplayName}" : $"unchanged: {version.DisplayName} is already registered").ConfigureAwait(false);
            return CliContext.Ok;
        }));
        return command;
    }

    private static Command Export(CliContext context)
    {
        var db = CommonOptions.Database();
        var folder = new Option<string>("--out") { Description = "Folder to write prompts/<name>/<label>.{json,scriban} into", Required = true };
        var command = new Command("export", "Write every registered version as prompt files") { folder, db };
        command.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var registry = await RegistryAsync(context, result.GetValue(db)!, cancellationToken).ConfigureAwait(false);
            var all = await registry.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            PromptFiles.WriteFolder(result.GetValue(folder)!, all.Select(p => p.Version));
            await context.Output.WriteLineAsync($"exported {all.Count} versions to {result.GetValue(folder)}").ConfigureAwait(false);
            return CliContext.Ok;
        }));
        return command;
    }

    private static Command Import(CliContext context)
    {
        var db = CommonOptions.Database();
        var folder = new Option<string>("--from") { Description = "Folder holding <name>/<label>.json and .scriban files", Required = true };
        var command = new Command("import", "Register the versions found in a prompts folder") { folder, db };
        command.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var registry = await RegistryAsync(context, result.GetValue(db)!, cancellationToken).ConfigureAwait(false);
            var versions = PromptFiles.LoadFolder(result.GetValue(folder)!);
            foreach (var version in versions)
            {
                if (PromptRenderer.Check(version.Template) is { Count: > 0 } errors)
                {
                    throw new PromptException($"{version.Name}/{version.Label}{PromptFiles.TemplateExtension}: {string.Join("; ", errors)}");
                }
            }

            var added = await registry.AddAsync(versions, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"imported {added} new of {versions.Count} versions").ConfigureAwait(false);
            return CliContext.Ok;
        }));
        return command;
    }

    private static async Task<string> ReadAsync(string path, CancellationToken cancellationToken) =>
        (await TextFileReader.ReadAsync(path, cancellationToken).ConfigureAwait(false)).ReplaceLineEndings("\n");

    private static string Describe(PromptVersion prompt) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            name: {prompt.Name}
            label: {prompt.Label}
            version id: {prompt.Id}
            model: {prompt.Model}
            temperature: {prompt.Temperature}
            reasoning budget: {prompt.ReasoningBudget}
            response schema: {prompt.ResponseSchema}
            --- system prompt ---
            {prompt.SystemPrompt}
            --- template ---
            {prompt.Template.TrimEnd()}
            """);
}
