namespace LeadQual.Engines.Offline.Requirements;

/// <summary>A years-of-experience requirement: the minimum and the domain it is counted in ("" = any experience).</summary>
public sealed record YearsMention(double Years, string Domain, int Start, int End);
