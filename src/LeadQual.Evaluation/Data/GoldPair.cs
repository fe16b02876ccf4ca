using LeadQual.Jobs;

namespace LeadQual.Evaluation.Data;

/// <summary>
/// <c>gold/pairs/&lt;RESUME_ID&gt;__&lt;JOB_ID&gt;.json</c>: the match decision for every required and additional
/// requirement of the job (by requirement id) and the rating the seed's rule gives.
/// </summary>
public sealed record GoldPair(string ResumeId, string JobId, IReadOnlyDictionary<string, bool> Matches, JobRating Rating);
