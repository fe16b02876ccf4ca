namespace LeadQual.Storage;

/// <summary>One <c>job_quarantine</c> row: which job, the seed's reason code, when, and what went wrong.</summary>
public sealed record QuarantineEntry(
    string JobQuarantineId,
    string? JobId,
    string JobQuarantineReason,
    DateTimeOffset JobQuarantineTimestamp,
    string? JobQuarantineDetail);
