namespace LeadQual.Engines.Offline.Tagging;

/// <summary>A heading, a bullet (with its wrapped continuation lines) or a prose paragraph of a posting.</summary>
public sealed record PostingBlock(string Text, bool IsHeading, bool IsBullet);
