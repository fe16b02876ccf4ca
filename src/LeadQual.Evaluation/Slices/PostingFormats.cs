using System.Text.RegularExpressions;
using LeadQual.Evaluation.Data;

namespace LeadQual.Evaluation.Slices;

/// <summary>How a posting file is written: a saved <c>html</c> page, <c>markdown</c> (headings or list items), or <c>prose</c> (paragraphs only).</summary>
public static partial class PostingFormats
{
    public const string Html = "html";
    public const string Markdown = "markdown";
    public const string Prose = "prose";

    public static string Of(EvalJobFile job) =>
        job.IsHtml ? Html : MarkdownLine().IsMatch(job.Text) ? Markdown : Prose;

    [GeneratedRegex(@"^ {0,3}(#{1,6} |[-*+•] |\d{1,2}[.)] )|\*\*\S", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLine();
}
