using System.CommandLine;
using System.Globalization;
using LeadQual.Documents;
using LeadQual.Notebooks;
using LeadQual.Notebooks.Execution;
using LeadQual.Notebooks.Format;
using Spectre.Console;

namespace LeadQual.Cli.Commands;

/// <summary>
/// <c>leadqual notebooks run PATH… [--out DIR] [--in-place]</c>: runs notebooks headless in .NET Interactive's C# kernel, one after another,
/// writes the executed notebooks, and exits 1 when any cell failed (its error output names the cell).
/// </summary>
public static class NotebooksCommand
{
    public const int Failed = 1;

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Notebooks (.ipynb) or folders of notebooks", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "Write the executed notebooks into this folder" };
        var inPlace = new Option<bool>("--in-place") { Description = "Write the outputs back into the notebooks themselves" };
        var run = new Command("run", "Run notebooks headless in .NET Interactive's C# kernel (in this process) and write them with their outputs") { paths, output, inPlace };
        run.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var outFolder = result.GetValue(output);
            var overwrite = result.GetValue(inPlace);
            if (outFolder is not null && overwrite)
            {
                throw new InputException("--in-place", "use either --out or --in-place, not both");
            }

            var files = Expand(result.GetValue(paths)!);
            var runner = new NotebookRunner();
            var table = new Table().AddColumns("notebook", "cells", "charts", "tables", "seconds", "result");
            var failures = 0;
            foreach (var file in files)
            {
                NotebookRun executed;
                try
                {
                    executed = await runner.RunAsync(file, cancellationToken).ConfigureAwait(false);
                }
                catch (NotebookException error)
                {
                    throw new InputException(file, error.Message);
                }

                var target = overwrite ? file : outFolder is null ? null : Path.Combine(outFolder, Path.GetFileName(file));
                if (target is not null)
                {
                    await NotebookFile.WriteAsync(executed.Document, target, cancellationToken).ConfigureAwait(false);
                }

                if (!executed.Succeeded)
                {
                    failures++;
                    await context.Error.WriteLineAsync($"error: {file}: {executed.Failure}").ConfigureAwait(false);
                }

                table.AddRow(
                    Markup.Escape(file),
                    $"{executed.CellsRun}/{executed.CodeCells}",
                    executed.Charts.ToString(CultureInfo.InvariantCulture),
                    executed.Tables.ToString(CultureInfo.InvariantCulture),
                    executed.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
                    executed.Succeeded ? "[green]ok[/]" : "[red]failed[/]");
            }

            context.Console.Write(table);
            context.Console.MarkupLine(outFolder is null && !overwrite
                ? $"{files.Count} notebook(s) run, {failures} failed; outputs not written (use --out DIR or --in-place)"
                : $"{files.Count} notebook(s) run, {failures} failed; written to {Markup.Escape(overwrite ? "the notebooks" : outFolder!)}");
            return failures == 0 ? CliContext.Ok : Failed;
        }));
        return new Command("notebooks", "Notebooks for prompt engineers: run them headless") { run };
    }

    private static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.GetFiles(path, "*.ipynb").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new InputException(path, "no such notebook or folder");
            }
        }

        return files;
    }
}
