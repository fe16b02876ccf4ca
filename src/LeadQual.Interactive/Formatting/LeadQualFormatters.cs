using System.Globalization;
using System.Runtime.CompilerServices;
using LeadQual.Evaluation.Charts;
using LeadQual.Evaluation.Frames;
using LeadQual.Evaluation.Prompts;
using LeadQual.Evaluation.Running;
using LeadQual.Interactive.Engines;
using LeadQual.Pipeline;
using LeadQual.Profiles;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;

namespace LeadQual.Interactive.Formatting;

/// <summary>
/// The LeadQual kernel extension: .NET Interactive formatters for what the notebooks display. Charts
/// (<see cref="PlotlyFigure"/>) become plotly outputs; an assessment, a profile, evaluation metrics, a prompt
/// comparison and a prompt diff become HTML tables whose caption names the engine and model behind them;
/// DataFrames become plain HTML tables.
/// </summary>
/// <remarks>
/// Registered when the assembly is first used (a module initializer), so a notebook's <c>#r</c> of this DLL and
/// its first use of a LeadQual.Interactive type (the engine cell) is all it takes, in Jupyter, VS Code and
/// <c>leadqual notebooks run</c> alike.
/// </remarks>
public static class LeadQualFormatters
{
    /// <summary>Registers every formatter (again, if a host reset them: registering replaces).</summary>
    public static void Register()
    {
        ChartOutput.Register();
        Table<DataFrame>(frame => $"{frame.Rows.Count} rows × {frame.Columns.Count} columns", frame => frame);
        Table<AssessmentRun>(Caption, AssessmentFrames.Decisions);
        Table<CandidateProfile>(Caption, ProfileFrames.Skills);
        Table<EvalMetrics>(Caption, EvalFrames.Summary);
        Table<IEnumerable<PromptTrial>>(trials => Caption(trials.ToList()), PromptFrames.Compare);
        Formatter.Register<PromptVersionDiff>((diff, writer) => writer.Write(DiffTable(diff)), HtmlFormatter.MimeType);
        Formatter.Register<PromptVersionDiff>((diff, writer) => writer.Write(Caption(diff)), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(PromptVersionDiff), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        Formatter.Register<NotebookEngine>((engine, writer) => writer.Write(engine.ToString()), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(NotebookEngine), PlainTextFormatter.MimeType);
    }

    /// <summary>A type shown as the captioned HTML table of its frame, and as its caption in plain text.</summary>
    private static void Table<T>(Func<T, string> caption, Func<T, DataFrame> frame)
    {
        Formatter.Register<T>((value, writer) => writer.Write(FrameTable.Html(caption(value), frame(value))), HtmlFormatter.MimeType);
        Formatter.Register<T>((value, writer) => writer.Write(caption(value)), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(T), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }

#pragma warning disable CA2255 // A kernel extension registers its formatters on load; the notebook has no other hook for it.
    [ModuleInitializer]
    internal static void OnLoad() => Register();
#pragma warning restore CA2255

    internal static string Caption(AssessmentRun run)
    {
        var result = run.Result;
        return $"{result.JobTitle ?? result.JobId}{(result.JobCompany is null ? string.Empty : $" at {result.JobCompany}")} against resume {result.ResumeId}: rating {result.Rating.ToString().ToLowerInvariant()} ({result.MatchPercentage.ToString("P0", CultureInfo.InvariantCulture)} of the required qualifications matched) · {result.Engine} · {result.Model}";
    }

    internal static string Caption(CandidateProfile profile)
    {
        var meta = profile.ProcessingMetadata;
        return $"Profile of {profile.ResumeId}: {profile.TotalYearsExperience.ToString("0.#", CultureInfo.InvariantCulture)} years, {profile.ExplicitSkills.Count} explicit and {profile.InferredSkills.Count} inferred skills, analysis confidence {profile.AnalysisConfidence.ToString("0.00", CultureInfo.InvariantCulture)} · {meta.Engine} · {meta.Model}";
    }

    internal static string Caption(EvalMetrics metrics) =>
        $"Evaluation metrics · {metrics.Engine} · {metrics.Model} · {metrics.PromptVersion}";

    internal static string Caption(IReadOnlyList<PromptTrial> trials)
    {
        if (trials.Count == 0)
        {
            return "No prompt versions tried";
        }

        var models = string.Join(", ", trials.Select(t => t.Model).Distinct(StringComparer.Ordinal));
        return trials.Any(t => t.Accuracy is not null)
            ? $"Prompt versions on {trials[0].Pairs} pairs · llm · {models}"
            : $"Prompt versions, dry run on {trials[0].Pairs} pairs (no model called; priced as {models})";
    }

    internal static string Caption(PromptVersionDiff diff) =>
        $"{diff.From.DisplayName} ({diff.From.Model}) → {diff.To.DisplayName} ({diff.To.Model}): {diff.Lines.Count(l => l.Change != " ")} changed lines";

    private static string DiffTable(PromptVersionDiff diff)
    {
        var table = new HtmlTable(Caption(diff), "change", "line");
        foreach (var line in diff.Lines)
        {
            table.Row(line.Change, line.Text);
        }

        return table.ToString();
    }
}
