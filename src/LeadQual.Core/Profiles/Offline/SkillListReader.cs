using System.Text.RegularExpressions;
using LeadQual.Engines.Offline.Resumes;
using LeadQual.Engines.Offline.Tagging;
using LeadQual.Taxonomy;

namespace LeadQual.Profiles.Offline;

/// <summary>
/// Reads the items of a resume's skills lists as people write them:
/// <list type="bullet">
/// <item>items split at list separators outside parentheses, a group label ("Tools:") left out;</item>
/// <item>a list wrapped onto the next line continues there when that line opens in lower case
/// ("… | Variance" / "analysis | …" is Variance analysis);</item>
/// <item>a parenthetical list names items too ("wire (THHN, MC cable, Romex)"), except a lone modifier of the
/// item before it: "Financial modeling (three-statement, driver-based)" names three-statement and
/// driver-based modeling, "Excel (pivot tables, macros)" names Excel macros where the taxonomy knows it;</item>
/// <item>two plural names joined by "and" are two items ("vacuum pumps and micron gauges"), an adjective pair
/// is not ("hydraulic and mechanical benders");</item>
/// <item>a lower-case phrase led by a gerund ("installing boxes") is an activity, not an item; a level
/// ("Advanced") or a table's column heading ("Skill | Level | Years") is not one either.</item>
/// </list>
/// </summary>
public sealed partial class SkillListReader(SkillTaxonomy taxonomy)
{
    public IEnumerable<SkillListItem> Items(IEnumerable<ResumeLine> skillsLines)
    {
        foreach (var (text, line) in LogicalLines(skillsLines.Where(l => ResumeSectionHeadings.SectionOf(l.Text) is null).ToList()))
        {
            foreach (var item in ItemsOf(text))
            {
                yield return item with { Line = line };
            }
        }
    }

    /// <summary>The items of one list line (label and bullet still on it).</summary>
    public IEnumerable<SkillListItem> ItemsOf(string text)
    {
        var body = ListLabel().Replace(text.Trim().TrimStart('-', '*', '•', '·').Trim(), string.Empty);
        foreach (var raw in SplitOutsideParentheses(body))
        {
            var head = Clean(Parenthetical().Replace(raw, " "));
            foreach (var item in Coordinated(head))
            {
                yield return new SkillListItem(item, null);
            }

            foreach (Match inside in Parenthetical().Matches(raw))
            {
                var content = inside.Value.Trim('(', ')');
                var parts = ListSeparator().Split(content).Select(p => Clean(ListLabel().Replace(p.Trim(), string.Empty))).Where(p => p.Length > 0).ToList();
                var isList = parts.Count > 1;
                foreach (var part in parts)
                {
                    // A lower-case name the taxonomy knows ("scikit-learn") is an item, not a modifier.
                    if (IsModifier(part) && taxonomy.FindSkill(part) is null)
                    {
                        if (Modified(head, part) is { } modified)
                        {
                            yield return modified;
                        }
                    }
                    else if (isList)
                    {
                        foreach (var item in Coordinated(part))
                        {
                            yield return new SkillListItem(item, null);
                        }
                    }
                }
            }
        }
    }

    // "three-statement" before "modeling"; "macros" after "Excel", only where the taxonomy knows the result.
    private SkillListItem? Modified(string head, string modifier)
    {
        var headWords = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (headWords.Length == 0)
        {
            return null;
        }

        if (modifier.Contains('-', StringComparison.Ordinal))
        {
            var name = char.ToUpperInvariant(modifier[0]) + modifier[1..] + " " + headWords[^1].ToLowerInvariant();
            return new SkillListItem(name, taxonomy.FindSkill(name));
        }

        var known = taxonomy.FindSkill(head + " " + modifier) ?? taxonomy.FindSkill(headWords[^1] + " " + modifier);
        return known is null ? null : new SkillListItem(known.Name, known);
    }

    private static bool IsModifier(string part) => LoneLowerWord().IsMatch(part);

    private static IEnumerable<string> Coordinated(string item)
    {
        if (!item.Any(char.IsLetter) || Activity().IsMatch(item) || Proficiency().IsMatch(item))
        {
            yield break;
        }

        var halves = item.Split(" and ", 2, StringSplitOptions.TrimEntries);
        if (halves.Length == 2 && halves.All(h => h.Contains(' ', StringComparison.Ordinal) && h.EndsWith('s')))
        {
            yield return halves[0];
            yield return halves[1];
        }
        else
        {
            yield return item;
        }
    }

    private static IEnumerable<(string Text, ResumeLine First)> LogicalLines(List<ResumeLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var first = lines[i];
            var text = first.Text.Trim();
            while (i + 1 < lines.Count && lines[i + 1].Number == lines[i].Number + 1 && Continues(text, lines[i + 1].Text))
            {
                text += " " + lines[++i].Text.Trim();
            }

            yield return (text, first);
        }
    }

    private static bool Continues(string text, string next)
    {
        var opening = next.TrimStart();
        return text.Length > 0 && !ListSeparator().IsMatch(text[^1].ToString()) && opening.Length > 0 && char.IsLower(opening[0]) && !SectionHeadings.IsBullet(next);
    }

    private static string Clean(string item) => string.Join(' ', item.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', '*', '_', ' ', '(', ')');

    private static IEnumerable<string> SplitOutsideParentheses(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => depth > 0 ? -1 : 0, _ => 0 };
            if (depth > 0)
            {
                continue;
            }

            var separator = ListSeparator().Match(text, i);
            if (separator.Success && separator.Index == i && separator.Length > 0)
            {
                yield return text[start..i];
                start = i + separator.Length;
                i = start - 1;
            }
        }

        yield return text[start..];
    }

    // "Tools: Figma, Storybook" — the label before the colon names the group, not a skill.
    [GeneratedRegex(@"^[^:,;()]{1,30}:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ListLabel();

    [GeneratedRegex(@"\s*[,;|•·]\s*|\s{2,}|\s+-\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^\p{Ll}[\p{Ll}-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LoneLowerWord();

    [GeneratedRegex(@"^\p{Ll}+ing\s", RegexOptions.CultureInvariant)]
    private static partial Regex Activity();

    // A level or a table's column heading ("| Python | Advanced | 5 |", "Skill | Level | Years") is not a skill.
    [GeneratedRegex(@"^(beginner|basic|elementary|intermediate|advanced|expert|proficient|fluent|native|conversational|working knowledge|familiar|skills?|level|years?|proficiency|experience)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Proficiency();
}
