namespace LeadQual.Evaluation.Data;

/// <summary>
/// One file of <c>jobs/</c>: its id, full path and raw text. <see cref="IsHtml"/> marks a saved page, which
/// the runner must pass through the HTML extraction rather than read as Markdown.
/// </summary>
public sealed record EvalJobFile(string Id, string Path, string Text, bool IsHtml);
