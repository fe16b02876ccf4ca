using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Pipeline;
using Spectre.Console;

namespace LeadQual.Cli.Rendering;

/// <summary>The human view of steps 2.1–2.3.</summary>
public static class DecompositionView
{
    public static void Render(IAnsiConsole console, JobPosting posting, JobDecomposition decomposition, EngineIdentity engine)
    {
        console.MarkupLine($"[bold]{Markup.Escape(posting.Title ?? posting.JobId)}[/]  [grey](job {posting.JobId}; engine {Markup.Escape(engine.ToString())})[/]");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("#");
        table.AddColumn("Requirement");
        table.AddColumn("Classification");
        table.AddColumn("Any of");
        var n = 0;
        foreach (var item in decomposition.Classified.ClassifiedObjects)
        {
            table.AddRow((++n).ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(item.RequirementString), item.Classification.ToString(), Markup.Escape(item.AnyOf ?? string.Empty));
        }

        console.Write(table);
        console.MarkupLine($"{decomposition.Tagged.TaggedList.Count} tagged, {decomposition.Atomized.AtomicObjects.Count} atomic, {decomposition.Classified.ClassifiedObjects.Count(c => !c.IsAssessed)} evaluated");
    }
}
