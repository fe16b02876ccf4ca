namespace LeadQual.Engines.Offline.Tagging;

/// <summary>What a posting section holds, judged by its heading.</summary>
public enum SectionKind
{
    /// <summary>No heading or an unknown one: only sentences with requirement cues count.</summary>
    Neutral,
    Required,
    Additional,

    /// <summary>Responsibilities, benefits, company blurb, EEO: never requirements.</summary>
    Excluded,
}
