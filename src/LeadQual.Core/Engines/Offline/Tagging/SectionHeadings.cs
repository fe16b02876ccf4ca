using System.Text.RegularExpressions;

namespace LeadQual.Engines.Offline.Tagging;

/// <summary>Recognises posting headings and what their sections hold.</summary>
public static partial class SectionHeadings
{
    public static SectionKind Classify(string heading)
    {
        var text = heading.ToLowerInvariant();
        if (Additional().IsMatch(text))
        {
            return SectionKind.Additional;
        }

        if (Excluded().IsMatch(text))
        {
            return SectionKind.Excluded;
        }

        return Required().IsMatch(text) ? SectionKind.Required : SectionKind.Neutral;
    }

    /// <summary>The heading text when the line is one (Markdown heading, bold line, short line ending in ':'), else null.</summary>
    public static string? HeadingText(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 90)
        {
            return null;
        }

        if (trimmed.StartsWith('#'))
        {
            return Clean(trimmed.TrimStart('#'));
        }

        var bold = BoldLine().Match(trimmed);
        if (bold.Success)
        {
            return Clean(bold.Groups[2].Value);
        }

        if (trimmed.EndsWith(':') && !IsBullet(trimmed) && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8)
        {
            return Clean(trimmed);
        }

        // An all-capitals short line ("REQUIREMENTS") is a heading in plain-text postings.
        var letters = trimmed.Where(char.IsLetter).ToList();
        if (letters.Count >= 4 && letters.All(char.IsUpper) && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && !IsBullet(trimmed))
        {
            return Clean(trimmed);
        }

        return null;
    }

    public static bool IsBullet(string line) => BulletPrefix().IsMatch(line);

    public static string StripBullet(string line) => BulletPrefix().Replace(line, string.Empty, 1).Trim();

    private static string Clean(string text) => text.Trim().Trim('*', '_', ':', ' ').Trim();

    [GeneratedRegex(@"prefer|nice[\s-]to[\s-]have|bonus|\bplus(es)?\b|desir|ideal(ly)?\b|extra credit|good to have|would be (great|nice)|stand out|set you apart|not required|optional", RegexOptions.CultureInvariant)]
    private static partial Regex Additional();

    [GeneratedRegex(@"responsibilit|what you('| wi)ll do|what you will be doing|what you'?ll be doing|\bduties\b|day[\s-]to[\s-]day|in this role you|about (us|the company|the team|our)|who we are|our (company|mission|story|values|team|culture)|benefit|perk|compensation|salary|\bpay\b|why (join|work)|what we offer|we offer|how to apply|equal (opportunity|employment)|\beeo\b|accommodation|culture|the team|location|apply now|our commitment|diversity|hiring process|interview|our process|the process|next steps|what to expect|how we hire|how to get|timeline", RegexOptions.CultureInvariant)]
    private static partial Regex Excluded();

    [GeneratedRegex(@"require|qualification|must[\s-]have|what you('ll)? bring|what you need|you('ll)? need|looking for|who you are|about you|you have|skills|experience|education|minimum|basic|essential|competenc|certification|licens|physical|ideal candidate|candidate profile|background|you are|you bring|what it takes", RegexOptions.CultureInvariant)]
    private static partial Regex Required();

    [GeneratedRegex(@"^(\*\*|__)(.+?)(\*\*|__):?$", RegexOptions.CultureInvariant)]
    private static partial Regex BoldLine();

    [GeneratedRegex(@"^\s*([-*•·▪◦●‣⁃–]|\d{1,2}[.)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex BulletPrefix();
}
