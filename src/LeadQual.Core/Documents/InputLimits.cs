namespace LeadQual.Documents;

/// <summary>Limits on what an input file may be. Saved job pages with inline scripts reach a few MB; nothing real reaches 5.</summary>
public static class InputLimits
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
}
