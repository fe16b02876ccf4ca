namespace LeadQual.Profiles.Offline;

/// <summary>How garbled the extracted text is, and whether that makes it <c>unparseable_format</c>; measured once per resume.</summary>
public sealed record ExtractionCheck(GarbleReport Garble, bool Unparseable);
