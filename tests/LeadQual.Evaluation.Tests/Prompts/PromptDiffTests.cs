using LeadQual.Engines;
using LeadQual.Evaluation.Prompts;
using LeadQual.Prompts;

namespace LeadQual.Evaluation.Tests.Prompts;

public sealed class PromptDiffTests
{
    [Fact]
    public void Lines_ChangedOnly_ShowsTheInsertedAndDeletedLines()
    {
        var current = PromptFiles.Shipped.Last(p => p.Name == StepName.Assessing);
        var edited = current with { Label = "v2", Template = current.Template.Replace("Answer as {", "Be strict.\nAnswer as {", StringComparison.Ordinal), Temperature = 0.5 };

        var lines = PromptDiff.Lines(current, edited, changedOnly: true);

        Assert.Contains(new PromptDiffLine("+", "Be strict."), lines);
        Assert.Contains(new PromptDiffLine("+", "temperature: 0.5"), lines);
        Assert.Contains(lines, l => l.Change == "-" && l.Text.StartsWith("temperature:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Change == " ");
    }

    [Fact]
    public void Lines_SameVersion_HasNoChanges() =>
        Assert.Empty(PromptDiff.Lines(PromptFiles.Shipped[0], PromptFiles.Shipped[0], changedOnly: true));
}
