using System.Text.RegularExpressions;

namespace LeadQual.Evaluation.Data;

/// <summary>The folder layout of docs EVAL-DATA-FORMAT: where each kind of file lives and what it may be called.</summary>
internal static partial class EvalDataLayout
{
    public const string ReadMe = "README.md";
    public const string Resumes = "resumes";
    public const string Jobs = "jobs";
    public const string GoldResumes = "gold/resumes";
    public const string GoldJobs = "gold/jobs";
    public const string GoldPairs = "gold/pairs";
    public const string PairSeparator = "__";

    public static readonly IReadOnlyList<string> Folders = [Resumes, Jobs, "gold", GoldResumes, GoldJobs, GoldPairs];

    public static readonly IReadOnlyList<string> ResumeExtensions = [".md", ".txt"];

    public static readonly IReadOnlyList<string> JobExtensions = [".md", ".txt", ".html"];

    public const string IdRule = "[A-Za-z0-9_-]+";

    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    public static string PairFileName(string resumeId, string jobId) => $"{resumeId}{PairSeparator}{jobId}.json";

    /// <summary>The path shown in problems: relative to the data folder, '/' on every OS, so messages read the same everywhere.</summary>
    public static string Relative(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
