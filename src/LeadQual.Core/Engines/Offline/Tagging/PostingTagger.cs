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
        foreach (var block in PostingBlocks.Read(posting.Description))
        {
            if (block.IsHeading)
            {
                section = SectionHeadings.Classify(block.Text);
                continue;
            }

            if (section == SectionKind.Excluded || InjectionFilter.IsInjection(block.Text))
            {
                continue;
            }

            var text = Unmark(block.Text);
            foreach (var sentence in block.IsBullet ? [text] : Sentences(text))
            {
                if (InjectionFilter.IsInjection(sentence))
                {
                    continue;
                }

                foreach (var clause in ClauseSplitter.Split(sentence))
                {
                    // A clause a softener introduced ("ideally ...") qualifies the candidate by construction.
                    var isRequirement = clause.Preferred || RequirementCues.IsRequirementSentence(clause.Text)
                        || (block.IsBullet && section is SectionKind.Required or SectionKind.Additional);
                    if (!isRequirement || clause.Text.Length < 3 || LooksLikeDuty(clause.Text, section))
                    {
                        continue;
                    }

                    items.Add(new TaggedRequirement(clause.Text, clause.Preferred ? RequirementCategory.Additional : CategoryOf(clause.Text, section)));
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
    private static bool LooksLikeDuty(string text, SectionKind section) =>
        (section == SectionKind.Neutral && DutyStart().IsMatch(text) && !RequirementCues.SaysRequired(text)) || NotARequirement().IsMatch(text);

    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static string Unmark(string text) => Emphasis().Replace(text, "$2").Trim();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z(])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"(\*\*|__|\*|_)(.+?)\1", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    // Pay and benefits, how to apply, a posting's header line, and sentences that say what does not count.
    [GeneratedRegex(@"(?i)\$\s?\d|\bsalary\b|\bcompensation\b|\bpay range\b|\bper hour\b|\b401\(?k|\bpaid time off\b|\bPTO\b|\bhealth insurance\b|\bsign-on\b|\b(send|email) us\b|\bapply (now|here|today|online)\b|\bsubmit your\b|(·|—|\|).*\b(full[- ]time|part[- ]time|contract|per diem|entry level)\b|\b(full[- ]time|part[- ]time)\b.*(·|—|\|)|\bdoes not (meet|count|qualify|satisfy)\b|\bnot something we screen\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotARequirement();

    [GeneratedRegex(@"^(you will|you'll|in this role|this role|the role|we are|we're|our|join|as (a|an|the)|responsibilities|the team)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DutyStart();
}
