using System.Text.RegularExpressions;
using LeadQual.Documents;
using LeadQual.Jobs;

namespace LeadQual.Engines.Offline.Tagging;

/// <summary>
/// Step 2.1 offline: walks the posting section by section. Bullets under requirement headings are
/// requirements; prose counts where a sentence carries a requirement cue; responsibilities, benefits
/// and company blurbs never do; lines addressed to screening tools are dropped. Each item is required
/// unless its section or its own words say preferred.
/// </summary>
public static partial class PostingTagger
{
    public static ResponseData_2_1 Tag(JobPosting posting)
    {
        var items = new List<TaggedRequirement>();
        var section = SectionKind.Neutral;
        var lines = posting.Description.ReplaceLineEndings("\n").Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0 || InjectionFilter.IsInjection(line))
            {
                continue;
            }

            var heading = SectionHeadings.HeadingText(line);
            if (heading is not null)
            {
                section = SectionHeadings.Classify(heading);
                // "Requirements: 3+ years of ..." carries its first item on the heading line.
                var rest = InlineRest(line);
                if (rest is null)
                {
                    continue;
                }

                line = rest;
            }

            if (section == SectionKind.Excluded)
            {
                continue;
            }

            var bullet = SectionHeadings.IsBullet(line);
            var text = Unmark(bullet ? SectionHeadings.StripBullet(line) : line);
            foreach (var sentence in bullet ? [text] : Sentences(text))
            {
                foreach (var clause in SplitPreferenceClauses(sentence))
                {
                    var isRequirement = section is SectionKind.Required or SectionKind.Additional
                        ? bullet || RequirementCues.IsRequirementSentence(clause)
                        : RequirementCues.IsRequirementSentence(clause);
                    if (!isRequirement || clause.Length < 3 || LooksLikeDuty(clause, bullet, section))
                    {
                        continue;
                    }

                    items.Add(new TaggedRequirement(clause, CategoryOf(clause, section)));
                }
            }
        }

        return new ResponseData_2_1(items.DistinctBy(i => i.RawString, StringComparer.OrdinalIgnoreCase).ToList());
    }

    private static RequirementCategory CategoryOf(string text, SectionKind section)
    {
        if (RequirementCues.SaysAdditional(text))
        {
            return RequirementCategory.Additional;
        }

        if (RequirementCues.SaysRequired(text))
        {
            return RequirementCategory.Required;
        }

        return section == SectionKind.Additional ? RequirementCategory.Additional : RequirementCategory.Required;
    }

    // Prose in a neutral section that describes the job ("You will build ...") is a duty, not a requirement.
    private static bool LooksLikeDuty(string text, bool bullet, SectionKind section) =>
        section == SectionKind.Neutral && DutyStart().IsMatch(text);

    private static string? InlineRest(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || colon == line.Length - 1)
        {
            return null;
        }

        var rest = line[(colon + 1)..].Trim().Trim('*').Trim();
        return rest.Length > 2 ? rest : null;
    }

    /// <summary>"Python is required; Go is a plus" holds two requirements of different categories.</summary>
    private static IEnumerable<string> SplitPreferenceClauses(string sentence)
    {
        foreach (var part in sentence.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return part.TrimEnd('.', ' ');
        }
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static string Unmark(string text) => Emphasis().Replace(text, "$2").Trim();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z(])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"(\*\*|__|\*|_)(.+?)\1", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^(you will|you'll|in this role|this role|the role|we are|we're|our|join|as (a|an|the)|responsibilities|the team)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DutyStart();
}
