namespace LeadQual.Documents;

/// <summary>Text split into numbered lines, so evidence can be quoted verbatim with its line number.</summary>
public sealed class TextDocument
{
    public TextDocument(string text)
    {
        Text = text;
        Lines = text.ReplaceLineEndings("\n").Split('\n').Select((t, i) => new TextLine(i + 1, t)).ToArray();
    }

    public string Text { get; }

    public IReadOnlyList<TextLine> Lines { get; }

    public int WordCount => Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
