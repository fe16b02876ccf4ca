using LeadQual.Evaluation.Data;

namespace LeadQual.Evaluation.Slices;

/// <summary>What slice each posting and resume of a labelled set falls in, read from the set alone (never from an engine's answer).</summary>
public sealed record SliceLabels(
    IReadOnlyDictionary<string, string> PostingFormat,
    IReadOnlyDictionary<string, string> Field,
    IReadOnlyDictionary<string, string> ResumeQuality,
    IReadOnlyDictionary<string, string> JobPart,
    IReadOnlyDictionary<string, string> ResumePart)
{
    public static SliceLabels Of(EvalDataSet data) => new(
        data.GoldJobs.Where(j => data.Jobs.ContainsKey(j.JobId)).ToDictionary(j => j.JobId, j => PostingFormats.Of(data.Jobs[j.JobId]), StringComparer.Ordinal),
        data.GoldJobs.ToDictionary(j => j.JobId, j => PostingFields.Of(j.Title), StringComparer.Ordinal),
        data.GoldResumes.ToDictionary(r => r.ResumeId, ResumeQualityLevels.Of, StringComparer.Ordinal),
        data.Parts.SelectMany(p => p.Jobs.Select(j => (j, p.Name))).ToDictionary(x => x.j, x => x.Name, StringComparer.Ordinal),
        data.Parts.SelectMany(p => p.Resumes.Select(r => (r, p.Name))).ToDictionary(x => x.r, x => x.Name, StringComparer.Ordinal));
}
