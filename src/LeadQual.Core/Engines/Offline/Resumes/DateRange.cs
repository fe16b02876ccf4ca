namespace LeadQual.Engines.Offline.Resumes;

/// <summary>A dated span of a role; <see cref="IsCurrent"/> when it ends "Present".</summary>
public sealed record DateRange(MonthDate Start, MonthDate End, bool IsCurrent, string Text)
{
    /// <summary>Length in months; a role from Jan to Mar of one year is 2 months, "2016–2019" is 36.</summary>
    public int Months => Math.Max(0, End.Index - Start.Index);
}
