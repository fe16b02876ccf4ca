namespace LeadQual.Engines.Offline.Requirements;

/// <summary>Degree levels in order, so a higher degree satisfies a lower one.</summary>
public enum DegreeLevel
{
    None = 0,
    HighSchool = 1,
    Associate = 2,
    Bachelor = 3,
    Master = 4,
    Doctorate = 5,
}
