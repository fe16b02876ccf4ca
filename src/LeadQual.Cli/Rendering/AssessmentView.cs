using LeadQual.Jobs;
using LeadQual.Pipeline;
using Spectre.Console;

namespace LeadQual.Cli.Rendering;

/// <summary>The human view of an assessment: one row per requirement, then the rating and which engine said so.</summary>
public static class AssessmentView
{
    public static void Render(IAnsiConsole console, AssessmentRun run)
    {
        var result = run.Result;
        console.MarkupLine($"[bold]{Markup.Escape(result.JobTitle ?? result.JobId)}[/]{(result.JobCompany is null ? string.Empty : " at " + Markup.Escape(result.JobCompany))}  [grey](job {result.JobId}, resume {Markup.Escape(result.ResumeId)})[/]");
        console.MarkupLine($"[grey]engine: {Markup.Escape(result.Engine)}, model: {Markup.Escape(result.Model)}[/]");
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("Requirement");
        table.AddColumn("Class");
        table.AddColumn("Match");
        table.AddColumn(new TableColumn("Conf.").RightAligned());
        table.AddColumn("Reasoning");
        AddRows(table, "required", result.RequiredQualifications);
        AddRows(table, "additional", result.AdditionalQualifications);
        AddRows(table, "evaluated", result.EvaluatedQualifications);
        console.Write(table);

        var colour = result.Rating switch
        {
            JobRating.High => "green",
            JobRating.Medium => "yellow",
            _ => "red",
        };
        var basis = result.RequiredQualifications.Count > 0 ? "required" : "additional";
        console.MarkupLine($"Rating: [bold {colour}]{result.Rating.ToString().ToUpperInvariant()}[/]  ({result.MatchPercentage:P0} of {basis} qualifications matched, any-of groups counted once; engine {Markup.Escape(result.Engine)})");
        if (result.Engine != "offline")
        {
            console.MarkupLine($"[grey]{Markup.Escape(CallSummary.Describe(run.Calls))}[/]");
        }
    }

    private static void AddRows(Table table, string kind, IReadOnlyList<QualificationResult> items)
    {
        foreach (var item in items)
        {
            var match = item.Match switch
            {
                true => "[green]yes[/]",
                false => "[red]no[/]",
                null => "[grey]n/a[/]",
            };
            var requirement = Markup.Escape(item.RequirementString) + (item.AnyOf is null ? string.Empty : $" [grey](any of {Markup.Escape(item.AnyOf)})[/]");
            table.AddRow(requirement, kind, match, item.Confidence is { } c ? c.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "", Markup.Escape(item.MatchReasoning));
        }
    }
}
