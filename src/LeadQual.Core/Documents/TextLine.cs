namespace LeadQual.Documents;

/// <summary>A line of a document as written, with its 1-based number.</summary>
public sealed record TextLine(int Number, string Text);
