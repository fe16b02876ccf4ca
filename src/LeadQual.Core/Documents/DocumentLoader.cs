using System.Security.Cryptography;
using System.Text;

namespace LeadQual.Documents;

/// <summary>Loads postings (.md, .txt, raw .html) and resumes from files, with clear errors for bad input.</summary>
public static class DocumentLoader
{
    public static async Task<JobPosting> LoadPostingAsync(string path, string? jobId = null, CancellationToken cancellationToken = default)
    {
        var raw = await TextFileReader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        var posting = ParsePosting(raw, IsHtml(path, raw), jobId);
        if (string.IsNullOrWhiteSpace(posting.Description))
        {
            throw new InputException(path, "the page holds no job description text") { QuarantineReason = "missing_job_description" };
        }

        return posting;
    }

    public static JobPosting ParsePosting(string raw, bool html, string? jobId = null, string? url = null)
    {
        string? title;
        string? company = null;
        string description;
        if (html)
        {
            var extracted = HtmlPostingExtractor.Extract(raw);
            (title, company, description) = (extracted.Title, extracted.Company, extracted.Description);
        }
        else
        {
            description = raw.ReplaceLineEndings("\n").Trim();
            title = TitleOf(description);
        }

        return new JobPosting(jobId ?? ContentId(description), title, company, description, url);
    }

    public static async Task<Resume> LoadResumeAsync(string path, string? resumeId = null, CancellationToken cancellationToken = default)
    {
        var text = await TextFileReader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        return new Resume(resumeId ?? Path.GetFileNameWithoutExtension(path), text.ReplaceLineEndings("\n"));
    }

    /// <summary>Job ids are content hashes, so the same posting loaded twice is one job.</summary>
    public static string ContentId(string description)
    {
        var normalized = string.Join(' ', description.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..16];
    }

    private static bool IsHtml(string path, string raw) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || raw.TrimStart().StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || raw.TrimStart().StartsWith("<html", StringComparison.OrdinalIgnoreCase);

    private static string? TitleOf(string markdown)
    {
        var first = markdown.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (first is null)
        {
            return null;
        }

        first = first.TrimStart('#').Trim().Trim('*').Trim();
        return first.Length is > 0 and <= 120 ? first : null;
    }
}
