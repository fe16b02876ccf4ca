namespace LeadQual.Engines.Offline.Resumes;

/// <summary>A dated role: its title as written, its dates, and the lines that describe it.</summary>
public sealed record Role(int Index, string Title, DateRange Dates, int HeaderLine, IReadOnlyList<int> Lines);
