namespace LeadQual.Engines;

/// <summary>Which engine and model produced a figure; printed beside every result.</summary>
public sealed record EngineIdentity(string Engine, string Model)
{
    public override string ToString() => $"{Engine} ({Model})";
}
