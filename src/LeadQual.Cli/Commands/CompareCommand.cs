using System.CommandLine;
using LeadQual.Cli.Rendering;
using LeadQual.Documents;
using LeadQual.Evaluation.Comparison;
using LeadQual.Evaluation.Statistics;
using LeadQual.Evaluation.Storage;
using LeadQual.Evaluation.Units;
using LeadQual.Serialization;
using LeadQual.Storage;

namespace LeadQual.Cli.Commands;

/// <summary>
/// <c>leadqual compare A B</c>: two eval runs on the same labelled set (output folders or eval_runs ids),
/// every figure's B − A with a paired bootstrap interval and a verdict, McNemar's exact test, the pairs whose
/// rating changed and the decisions that flipped.
/// </summary>
public static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var a = new Argument<string>("A") { Description = "The earlier run: an eval output folder (with units.json) or an eval_runs id" };
        var b = new Argument<string>("B") { Description = "The later run, on the same labelled set" };
        var format = new Option<string>("--format") { Description = "table, md (GitHub markdown) or json", DefaultValueFactory = _ => "table" }.AcceptOnlyFromAmong("table", "md", "json");
        var seed = new Option<int>("--seed") { Description = "Seed of the paired bootstrap (same seed, same intervals)", DefaultValueFactory = _ => Bootstrap.DefaultSeed };
        var output = new Option<string?>("--out") { Description = "Also write the comparison to this file (in the chosen format; a table is written as markdown)" };
        var db = CommonOptions.Database();
        var command = new Command("compare", "Compare two eval runs: differences with paired 95 % intervals, McNemar's test, changed ratings and flipped decisions")
        {
            a, b, format, seed, output, db,
        };
        command.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var database = new LeadQualDatabase(result.GetValue(db)!);
            var left = await LoadAsync(result.GetValue(a)!, database, cancellationToken).ConfigureAwait(false);
            var right = await LoadAsync(result.GetValue(b)!, database, cancellationToken).ConfigureAwait(false);
            var comparison = RunComparison.Of(left, right, result.GetValue(a)!, result.GetValue(b)!, result.GetValue(seed));
            if (comparison.Metrics.All(m => m.SharedUnits == 0))
            {
                throw new InputException(result.GetValue(b)!, "shares no posting, pair or resume with A; compare runs on the same labelled set");
            }

            var markdown = ComparisonMarkdown.Write(comparison);
            switch (result.GetValue(format))
            {
                case "json":
                    await context.Output.WriteLineAsync(LeadQualJson.Serialize(comparison, indented: true)).ConfigureAwait(false);
                    break;
                case "md":
                    await context.Output.WriteAsync(markdown).ConfigureAwait(false);
                    break;
                default:
                    ComparisonView.Render(context.Console, comparison);
                    break;
            }

            if (result.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file, result.GetValue(format) == "json" ? LeadQualJson.Serialize(comparison, indented: true) : markdown, cancellationToken).ConfigureAwait(false);
            }

            return CliContext.Ok;
        }));
        return command;
    }

    /// <summary>A run's units from its output folder (units.json), a units file, or eval_runs by id.</summary>
    private static async Task<EvalUnits> LoadAsync(string source, LeadQualDatabase database, CancellationToken cancellationToken)
    {
        try
        {
            if (Directory.Exists(source))
            {
                return EvalUnitsFile.Read(Path.Combine(source, EvalUnits.FileName));
            }

            if (File.Exists(source))
            {
                return EvalUnitsFile.Read(source);
            }

            if (File.Exists(database.Path))
            {
                return await new EvalRunStore(database).UnitsAsync(source, cancellationToken).ConfigureAwait(false)
                    ?? throw new InputException(source, $"neither an eval output folder nor an eval_runs id with per-unit results in {database.Path}");
            }
        }
        catch (Exception error) when (error is FileNotFoundException or InvalidDataException)
        {
            throw new InputException(source, error.Message.Replace(source + ": ", string.Empty, StringComparison.Ordinal));
        }

        throw new InputException(source, $"neither an eval output folder nor a units file, and there is no database {database.Path} to look an eval_runs id up in");
    }
}
