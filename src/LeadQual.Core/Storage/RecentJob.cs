namespace LeadQual.Storage;

/// <summary>A stored job with its latest assessment summary: rating, engine and how many requirements matched (an any_of group counts once).</summary>
public sealed record RecentJob(
    string JobId,
    string? JobTitle,
    string? JobCompany,
    string? JobUrl,
    DateTimeOffset JobCreatedAt,
    DateTimeOffset? JobAssessedAt,
    string? ResumeId,
    double? MatchPercentage,
    string? Rating,
    string? Engine,
    string? Model,
    int RequiredCount,
    int RequiredMatched,
    int AdditionalCount,
    int AdditionalMatched,
    int EvaluatedCount);
