using System.Text;
using System.Text.Json;
using LeadQual.Documents;

namespace LeadQual.Evaluation.Data;

/// <summary>
/// One pass over a labelled folder that both collects every problem and keeps what it read, so the
/// validator and the loader share one set of rules and the loader reads each file once.
/// </summary>
internal sealed class EvalDataReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowDuplicateProperties = false };

    private readonly string folder;
    private readonly List<EvalDataProblem> problems = [];
    private readonly Dictionary<string, EvalResumeFile> resumes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EvalJobFile> jobs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GoldResume> goldResumes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GoldJob> goldJobs = new(StringComparer.Ordinal);
    private readonly List<GoldPair> goldPairs = [];
    private IReadOnlyList<EvalPart> parts = [];

    // Gold files present by id, sound or not: a pair naming a gold file that exists but has its own
    // problems is not reported again.
    private readonly HashSet<string> goldResumeFiles = new(StringComparer.Ordinal);
    private readonly HashSet<string> goldJobFiles = new(StringComparer.Ordinal);

    private EvalDataReader(string folder) => this.folder = folder;

    public IReadOnlyList<EvalDataProblem> Problems => problems;

    public static EvalDataReader Read(string folder)
    {
        var reader = new EvalDataReader(Path.GetFullPath(folder));
        reader.ReadAll();
        return reader;
    }

    public EvalDataSet ToDataSet() => new(
        folder,
        resumes,
        jobs,
        goldResumes.Values.OrderBy(r => r.ResumeId, StringComparer.Ordinal).ToList(),
        goldJobs.Values.OrderBy(j => j.JobId, StringComparer.Ordinal).ToList(),
        goldPairs.OrderBy(p => p.ResumeId, StringComparer.Ordinal).ThenBy(p => p.JobId, StringComparer.Ordinal).ToList())
    {
        Parts = parts,
    };

    private void ReadAll()
    {
        if (!Directory.Exists(folder))
        {
            problems.Add(new EvalDataProblem(folder, null, "folder not found"));
            return;
        }

        if (!File.Exists(Path.Combine(folder, EvalDataLayout.ReadMe)))
        {
            Add(EvalDataLayout.ReadMe, null, "file not found; the format asks for the set's provenance and licence");
        }

        var missing = EvalDataLayout.Folders.Where(f => !Directory.Exists(Path.Combine(folder, f))).ToList();
        foreach (var name in missing)
        {
            Add(name + "/", null, "folder not found");
        }

        ReadDocuments(EvalDataLayout.Resumes, EvalDataLayout.ResumeExtensions, (id, path, text) => resumes[id] = new EvalResumeFile(id, path, text));
        ReadDocuments(EvalDataLayout.Jobs, EvalDataLayout.JobExtensions, (id, path, text) => jobs[id] = new EvalJobFile(id, path, text, IsHtml(path)));
        ReadGoldResumes();
        ReadGoldJobs();
        ReadGoldPairs();
        ReadParts();
    }

    /// <summary>The optional parts.json; a folder without it has no parts.</summary>
    private void ReadParts()
    {
        var path = Path.Combine(folder, PartsReader.FileName);
        if (!File.Exists(path))
        {
            return;
        }

        var fields = new JsonFields(PartsReader.FileName);
        if (Parse(path, fields) is { } root
            && PartsReader.Read(root, fields, jobs.Keys.Concat(goldJobFiles).ToHashSet(StringComparer.Ordinal), resumes.Keys.Concat(goldResumeFiles).ToHashSet(StringComparer.Ordinal)) is { } read)
        {
            parts = read;
        }

        problems.AddRange(fields.Problems);
    }

    private void ReadDocuments(string subfolder, IReadOnlyList<string> extensions, Action<string, string, string> keep)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Entries(subfolder))
        {
            var file = EvalDataLayout.Relative(folder, path);
            var id = Path.GetFileNameWithoutExtension(path);
            if (Directory.Exists(path))
            {
                Add(file, null, $"unexpected folder; {subfolder}/ holds files only");
                continue;
            }

            if (!extensions.Contains(Path.GetExtension(path), StringComparer.Ordinal))
            {
                Add(file, null, $"unexpected file; {subfolder}/ holds {string.Join(", ", extensions)} files");
                continue;
            }

            if (!EvalDataLayout.IsValidId(id))
            {
                Add(file, null, $"\"{id}\" is not a valid id ({EvalDataLayout.IdRule})");
                continue;
            }

            if (seen.TryGetValue(id, out var earlier))
            {
                Add(file, null, $"id {id} is also used by {earlier}; one file per id");
                continue;
            }

            seen[id] = file;
            if (ReadText(path, file) is { } text)
            {
                keep(id, path, text);
            }
        }
    }

    private string? ReadText(string path, string file)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > InputLimits.MaxFileBytes)
            {
                Add(file, null, $"file is {length / 1024.0 / 1024.0:0.0} MB, over the {InputLimits.MaxFileBytes / 1024 / 1024} MB limit");
                return null;
            }

            return TextFileReader.Decode(file, File.ReadAllBytes(path));
        }
        catch (InputException ex)
        {
            Add(file, null, ex.Problem ?? ex.Message);
        }
        catch (IOException ex)
        {
            Add(file, null, $"cannot be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            Add(file, null, $"cannot be read: {ex.Message}");
        }

        return null;
    }

    private void ReadGoldResumes()
    {
        foreach (var (_, id, fields, root) in GoldFiles(EvalDataLayout.GoldResumes))
        {
            goldResumeFiles.Add(id);
            if (!resumes.ContainsKey(id) && !DocumentExists(EvalDataLayout.Resumes, id, EvalDataLayout.ResumeExtensions))
            {
                fields.Add(null, $"names resume {id} but {EvalDataLayout.Resumes}/{id}.md or .txt does not exist");
            }

            if (root is { } element && GoldResumeReader.Read(element, id, fields) is { } resume)
            {
                goldResumes[id] = resume;
            }

            problems.AddRange(fields.Problems);
        }
    }

    private void ReadGoldJobs()
    {
        foreach (var (_, id, fields, root) in GoldFiles(EvalDataLayout.GoldJobs))
        {
            goldJobFiles.Add(id);
            if (!jobs.ContainsKey(id) && !DocumentExists(EvalDataLayout.Jobs, id, EvalDataLayout.JobExtensions))
            {
                fields.Add(null, $"names job {id} but {EvalDataLayout.Jobs}/{id}.md, .txt or .html does not exist");
            }

            if (root is { } element && GoldJobReader.Read(element, id, fields) is { } job)
            {
                goldJobs[id] = job;
            }

            problems.AddRange(fields.Problems);
        }
    }

    private void ReadGoldPairs()
    {
        foreach (var (path, _, fields, root) in GoldFiles(EvalDataLayout.GoldPairs))
        {
            if (root is { } element && GoldPairReader.Read(element, Path.GetFileName(path), fields) is { } pair)
            {
                CheckPair(pair, fields);
            }

            problems.AddRange(fields.Problems);
        }
    }

    private void CheckPair(GoldPair pair, JsonFields fields)
    {
        var before = fields.Problems.Count;
        if (!goldResumeFiles.Contains(pair.ResumeId))
        {
            fields.Add("resume_id", $"names resume {pair.ResumeId} but {EvalDataLayout.GoldResumes}/{pair.ResumeId}.json does not exist");
        }

        if (!goldJobFiles.Contains(pair.JobId))
        {
            fields.Add("job_id", $"names job {pair.JobId} but {EvalDataLayout.GoldJobs}/{pair.JobId}.json does not exist");
        }

        if (goldJobs.TryGetValue(pair.JobId, out var job))
        {
            GoldPairChecks.Check(pair, job, fields);
        }

        if (fields.Problems.Count == before && goldJobs.ContainsKey(pair.JobId) && goldResumes.ContainsKey(pair.ResumeId))
        {
            goldPairs.Add(pair);
        }
    }

    /// <summary>
    /// The .json files of one gold folder, each with a fresh <see cref="JsonFields"/> and its parsed root object
    /// (null when the file is not a JSON object, with the problem already recorded).
    /// </summary>
    private IEnumerable<(string Path, string Id, JsonFields Fields, JsonElement? Root)> GoldFiles(string subfolder)
    {
        foreach (var path in Entries(subfolder))
        {
            var file = EvalDataLayout.Relative(folder, path);
            var id = Path.GetFileNameWithoutExtension(path);
            if (Directory.Exists(path) || !string.Equals(Path.GetExtension(path), ".json", StringComparison.Ordinal))
            {
                Add(file, null, $"unexpected {(Directory.Exists(path) ? "folder" : "file")}; {subfolder}/ holds .json files only");
                continue;
            }

            if (!EvalDataLayout.IsValidId(id))
            {
                Add(file, null, $"\"{id}\" is not a valid id ({EvalDataLayout.IdRule})");
                continue;
            }

            var fields = new JsonFields(file);
            yield return (path, id, fields, Parse(path, fields));
        }
    }

    private static JsonElement? Parse(string path, JsonFields fields)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8), JsonOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                fields.Add(null, $"expected a JSON object, found {JsonFields.Describe(document.RootElement)}");
                return null;
            }

            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            // The parser counts lines from 0; editors count from 1.
            var line = ex.LineNumber is { } n ? $" at line {n + 1}" : string.Empty;
            fields.Add(null, $"malformed JSON{line}: {ParserMessage(ex)}");
        }
        catch (IOException ex)
        {
            fields.Add(null, $"cannot be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            fields.Add(null, $"cannot be read: {ex.Message}");
        }

        return null;
    }

    // The parser appends "LineNumber: 3 | BytePositionInLine: 7." (0-based); the line is reported separately, 1-based.
    private static string ParserMessage(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }

    /// <summary>Entries of a subfolder in a stable order; hidden files (.gitkeep, .DS_Store) are not data.</summary>
    private IEnumerable<string> Entries(string subfolder)
    {
        var path = Path.Combine(folder, subfolder);
        if (!Directory.Exists(path))
        {
            return [];
        }

        return Directory.EnumerateFileSystemEntries(path)
            .Where(p => !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal);
    }

    private bool DocumentExists(string subfolder, string id, IReadOnlyList<string> extensions) =>
        extensions.Any(ext => File.Exists(Path.Combine(folder, subfolder, id + ext)));

    private static bool IsHtml(string path) => string.Equals(Path.GetExtension(path), ".html", StringComparison.Ordinal);

    private void Add(string file, string? field, string message) => problems.Add(new EvalDataProblem(file, field, message));
}
