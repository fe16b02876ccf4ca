namespace LeadQual.Profiles;

/// <summary>
/// A dated role in order: title and employer as written, start and end as "YYYY-MM" (<see cref="End"/> is
/// the month of the analysis when <see cref="IsCurrent"/>), its length and seniority, and its header line.
/// </summary>
public sealed record CareerRole(
    string Title,
    string? Employer,
    string Start,
    string End,
    bool IsCurrent,
    int Months,
    SeniorityLevel Seniority,
    int Line);
