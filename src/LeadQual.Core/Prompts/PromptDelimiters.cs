namespace LeadQual.Prompts;

/// <summary>
/// The tags that fence untrusted text (postings, resumes) and step inputs in a rendered prompt. Text
/// placed inside is defanged so it cannot close its own fence and speak as the prompt.
/// </summary>
public static class PromptDelimiters
{
    public const string JobPosting = "job_posting";
    public const string Resume = "resume";
    public const string TaggedList = "tagged_list";
    public const string AtomicObjects = "atomic_objects";
    public const string Requirements = "requirements";

    private static readonly string[] All = [JobPosting, Resume, TaggedList, AtomicObjects, Requirements];

    /// <summary>Turns any of our tags inside untrusted text into harmless look-alikes (<c>[/resume]</c>).</summary>
    public static string Defang(string text)
    {
        foreach (var tag in All)
        {
            text = text.Replace("</" + tag, "[/" + tag, StringComparison.OrdinalIgnoreCase)
                       .Replace("<" + tag, "[" + tag, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    /// <summary>The text between the last <c>&lt;tag&gt;</c> and its <c>&lt;/tag&gt;</c>, or null.</summary>
    public static string? Extract(string prompt, string tag)
    {
        var open = $"<{tag}>";
        var close = $"</{tag}>";
        var start = prompt.LastIndexOf(open, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += open.Length;
        var end = prompt.IndexOf(close, start, StringComparison.Ordinal);
        return end < 0 ? null : prompt[start..end].Trim('\n');
    }
}
