namespace LeadQual.Evaluation.Data;

/// <summary><c>gold/jobs/&lt;JOB_ID&gt;.json</c>: the decomposition a careful recruiter would make of one posting.</summary>
public sealed record GoldJob(string JobId, string Title, IReadOnlyList<GoldRequirement> Requirements);
