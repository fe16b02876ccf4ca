using System.Text.RegularExpressions;

namespace LeadQual.Engines.Offline.Requirements;

/// <summary>Finds degrees in postings and resumes ("BS/MS", "Bachelor's", "B.Sc.", "MBA", "PhD", "BSN", "GED").</summary>
public static partial class DegreePatterns
{
    public static IReadOnlyList<DegreeMention> Find(string text)
    {
        var found = new List<DegreeMention>();
        foreach (Match match in Degree().Matches(text))
        {
            var level = LevelOf(match.Value);
            if (level is { } l)
            {
                found.Add(new DegreeMention(l, match.Value, match.Index, match.Index + match.Length));
            }
        }

        return found;
    }

    public static string LevelName(DegreeLevel level) => level switch
    {
        DegreeLevel.HighSchool => "High school diploma or GED",
        DegreeLevel.Associate => "Associate degree",
        DegreeLevel.Bachelor => "Bachelor's degree",
        DegreeLevel.Master => "Master's degree",
        DegreeLevel.Doctorate => "Doctorate",
        _ => "No degree",
    };

    /// <summary>The gold-file vocabulary: none, high_school, associate, bachelor, master, doctorate.</summary>
    public static string Code(DegreeLevel level) => level switch
    {
        DegreeLevel.HighSchool => "high_school",
        DegreeLevel.Associate => "associate",
        DegreeLevel.Bachelor => "bachelor",
        DegreeLevel.Master => "master",
        DegreeLevel.Doctorate => "doctorate",
        _ => "none",
    };

    private static DegreeLevel? LevelOf(string value)
    {
        var v = value.ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (v.StartsWith("phd", StringComparison.Ordinal) || v.StartsWith("doctor", StringComparison.Ordinal) || v is "edd" or "dnp" or "pharmd" or "md" or "jd" or "dphil" or "dds" or "dvm" or "psyd")
        {
            return DegreeLevel.Doctorate;
        }

        if (v.StartsWith("master", StringComparison.Ordinal) || v.StartsWith("mba", StringComparison.Ordinal) || v.StartsWith("ms", StringComparison.Ordinal) || v.StartsWith("ma", StringComparison.Ordinal) || v.StartsWith("meng", StringComparison.Ordinal) || v.StartsWith("med", StringComparison.Ordinal) || v.StartsWith("msc", StringComparison.Ordinal) || v is "mpa" or "mph" or "mfa" or "llm" or "mat" or "mlis" or "msw" or "graduatedegree" or "advanceddegree")
        {
            return DegreeLevel.Master;
        }

        if (v.StartsWith("bachelor", StringComparison.Ordinal) || v.StartsWith("bs", StringComparison.Ordinal) || v.StartsWith("ba", StringComparison.Ordinal) || v.StartsWith("beng", StringComparison.Ordinal) || v.StartsWith("bba", StringComparison.Ordinal) || v.StartsWith("bfa", StringComparison.Ordinal) || v is "bcom" or "btech" or "undergraduatedegree" or "fouryeardegree" or "4yeardegree" or "collegedegree" or "universitydegree")
        {
            return DegreeLevel.Bachelor;
        }

        if (v.StartsWith("associate", StringComparison.Ordinal) || v is "aa" or "as" or "aas" or "adn" or "twoyeardegree" or "2yeardegree")
        {
            return DegreeLevel.Associate;
        }

        if (v.Contains("highschool", StringComparison.Ordinal) || v is "ged" or "hsd" || v.StartsWith("diploma", StringComparison.Ordinal))
        {
            return DegreeLevel.HighSchool;
        }

        return null;
    }

    // Abbreviations are matched case-sensitively (MS, BA) so "as" and "ma" in prose do not count.
    // Abbreviations are matched case-sensitively (MS, BA) so "as" and "ma" in prose do not count; "MS Office",
    // "WCAG 2.1 AA", "Warehouse Associate" and "high school level" are not degrees.
    [GeneratedRegex(@"(?i:\b(bachelor'?s?|master'?s?|doctorate|doctoral)(?:\s+(?:of\s+\w+\s+)?degree)?)|(?i:\bassociate(?:'?s)?(?=\s+(?:degree|of\s+(?:arts|science|applied))|'s\b|\s+in\s)(?:\s+(?:of\s+\w+\s+)?degree)?)|(?i:\bph\.?\s?d\.?)|\b(?:B\.?S\.?N|B\.?S\.?c?|B\.?A|B\.?Eng|B\.?B\.?A|B\.?F\.?A|B\.?Com|B\.?Tech|M\.?S\.?N|M\.?S\.?c?(?!\s*(?:Office|Excel|Word|Project|Teams|Access|Outlook|PowerPoint|Visio|Dynamics|Azure|SQL|Exchange|Windows|Edge|365|Paint|Publisher|Power|Intune|Defender|Sentinel|Entra|Fabric))|M\.?A(?!\s*\d)|M\.?Eng|M\.?B\.?A|M\.?Ed|M\.?P\.?H|M\.?P\.?A|M\.?F\.?A|M\.?S\.?W|M\.?A\.?T|LL\.?M|Ed\.?D|D\.?N\.?P|Pharm\.?D|J\.?D|M\.?D|A\.?A\.?S|A\.?D\.?N|(?<![\d.]\s?)A\.?S(?=\.?\s*(?:,|in\b|degree|[-–—]))|(?<![\d.]\s?)A\.?A(?=\.?\s*(?:,|in\b|degree|[-–—])))\b\.?|(?i:\bhigh[\s-]school\s+(?:diploma|graduate|equivalen\w*|degree|education)|\bhigh[\s-]school\b(?=[^.;]{0,25}\b(?:diploma|GED|equivalen))|\bGED\b|(?:four|4|two|2)[\s-]year\s+(?:college\s+)?degree|\b(?:college|university|undergraduate|graduate|advanced)\s+degree)", RegexOptions.CultureInvariant)]
    private static partial Regex Degree();
}
