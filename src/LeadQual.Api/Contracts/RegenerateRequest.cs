namespace LeadQual.Api.Contracts;

/// <summary>POST /regenerate_job_assessment: the job to reassess and optionally the resume (default: the master).</summary>
public sealed record RegenerateRequest(string? JobId, string? ResumeId);
