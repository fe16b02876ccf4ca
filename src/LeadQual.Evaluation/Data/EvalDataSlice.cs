namespace LeadQual.Evaluation.Data;

/// <summary>A smaller labelled set for quick trials: the first jobs (by id), their pairs and the resumes those pairs name.</summary>
public static class EvalDataSlice
{
    public static EvalDataSet Take(EvalDataSet data, int jobs)
    {
        var jobIds = data.GoldJobs.Take(jobs).Select(j => j.JobId).ToHashSet(StringComparer.Ordinal);
        var pairs = data.GoldPairs.Where(p => jobIds.Contains(p.JobId)).ToList();
        var resumeIds = pairs.Select(p => p.ResumeId).ToHashSet(StringComparer.Ordinal);
        return data with
        {
            Jobs = data.Jobs.Where(j => jobIds.Contains(j.Key)).ToDictionary(),
            Resumes = data.Resumes.Where(r => resumeIds.Contains(r.Key)).ToDictionary(),
            GoldJobs = data.GoldJobs.Where(j => jobIds.Contains(j.JobId)).ToList(),
            GoldResumes = data.GoldResumes.Where(r => resumeIds.Contains(r.ResumeId)).ToList(),
            GoldPairs = pairs,
        };
    }
}
