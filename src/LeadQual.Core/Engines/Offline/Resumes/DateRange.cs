namespace LeadQual.Engines.Offline.Resumes;

/// <summary>A dated span of a role; <see cref="IsCurrent"/> when it ends "Present".</summary>
public sealed record DateRange(MonthDate Start, MonthDate End, bool IsCurrent, string Text)
{
    /// <summary>Length in months, both ends included: a role from Jan to Mar of one year is 3 months.</summary>
    public int Months => Math.Max(0, End.Index - Start.Index + 1);
}
