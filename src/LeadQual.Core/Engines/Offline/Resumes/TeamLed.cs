namespace LeadQual.Engines.Offline.Resumes;

/// <summary>A team the candidate led, as stated ("managed a team of 6").</summary>
public sealed record TeamLed(int Size, int Line);
