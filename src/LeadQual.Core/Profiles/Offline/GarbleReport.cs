namespace LeadQual.Profiles.Offline;

/// <summary>
/// Signs of a garbled extraction: share of broken tokens (replacement characters, mojibake, letters spaced
/// apart), share of odd characters, share of lines that are repeats of a page header or footer.
/// </summary>
public sealed record GarbleReport(double BrokenTokenShare, double OddCharacterShare, double RepeatedLineShare)
{
    public const double BrokenTokenLimit = 0.15;
    public const double OddCharacterLimit = 0.04;
    public const double RepeatedLineLimit = 0.15;

    public bool IsGarbled => BrokenTokenShare > BrokenTokenLimit || OddCharacterShare > OddCharacterLimit || RepeatedLineShare > RepeatedLineLimit;
}
