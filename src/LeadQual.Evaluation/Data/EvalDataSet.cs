namespace LeadQual.Evaluation.Data;

/// <summary>A labelled folder, read and validated: the documents by id and the gold files, each list ordered by id.</summary>
public sealed record EvalDataSet(
    string Folder,
    IReadOnlyDictionary<string, EvalResumeFile> Resumes,
    IReadOnlyDictionary<string, EvalJobFile> Jobs,
    IReadOnlyList<GoldResume> GoldResumes,
    IReadOnlyList<GoldJob> GoldJobs,
    IReadOnlyList<GoldPair> GoldPairs)
{
    /// <summary>The parts of the set from the optional <c>parts.json</c>; empty when the folder has none.</summary>
    public IReadOnlyList<EvalPart> Parts { get; init; } = [];
}
