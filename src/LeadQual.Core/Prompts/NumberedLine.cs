namespace LeadQual.Prompts;

/// <summary>A resume line as a template sees it: <c>line.number</c>, <c>line.text</c>.</summary>
public sealed record NumberedLine(int Number, string Text);
