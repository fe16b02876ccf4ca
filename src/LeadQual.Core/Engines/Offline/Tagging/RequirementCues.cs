using System.Text.RegularExpressions;

namespace LeadQual.Engines.Offline.Tagging;

/// <summary>Words inside a sentence that make it a requirement, and that say whether it is required or preferred.</summary>
public static partial class RequirementCues
{
    public static bool SaysAdditional(string text) => AdditionalCue().IsMatch(text.ToLowerInvariant());

    public static bool SaysRequired(string text) => RequiredCue().IsMatch(text.ToLowerInvariant());

    /// <summary>True when a prose sentence states something a candidate must have or be.</summary>
    public static bool IsRequirementSentence(string text) => RequirementCue().IsMatch(text.ToLowerInvariant());

    [GeneratedRegex(@"prefer|\ba (real |big |huge |strong |definite |nice )?plus\b|is a plus|\bplus\b\s*$|nice[\s-]to[\s-]have|\bbonus\b|ideally|desir(ed|able)|advantage|helpful|beneficial|not required|would be (great|nice|ideal)|welcome|great if|appreciated|even better|not something we screen", RegexOptions.CultureInvariant)]
    private static partial Regex AdditionalCue();

    [GeneratedRegex(@"\brequired\b|\bmust\b|\bminimum\b|mandatory|essential|\bneed(s|ed)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex RequiredCue();

    [GeneratedRegex(@"\byou (have|bring|are|hold|possess|know|'ve)\b|you'?ll (need|have|bring)|we('re| are) looking for|ideal candidate|candidates? (should|must|will)|\bmust (have|be|hold|possess)\b|\brequired\b|\bpreferred\b|\bexperience (with|in|of|using|as|leading|managing)\b|\byears?\b.{0,40}\bexperience\b|\bdegree\b|\bdiploma\b|\bged\b|certif|licen[cs]|proficien|knowledge of|familiar|\ba plus\b|\bbonus\b|ability to|able to|willing|authori[sz]ed|fluent|background in|track record|comfortable with|skilled in|expertise|\byou (can|care|source|speak|write|understand|thrive|enjoy|communicate|love|know how)\b|on[\s-]?site|in[\s-]office|even better|availab|\ba (real |big |huge |strong |definite |nice )?plus\b|on your feet|\blift\b|contingent (up)?on|background check|drug (screen|test)|\bpass(ing)? a\b", RegexOptions.CultureInvariant)]
    private static partial Regex RequirementCue();
}
