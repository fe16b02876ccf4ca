using LeadQual.Engines.Offline.Requirements;
using LeadQual.Engines.Offline.Tagging;
using LeadQual.Taxonomy;

namespace LeadQual.Engines.Offline.Resumes;

/// <summary>
/// Reads a resume once: sections by heading, dated roles and the lines under them, degrees with their
/// fields, taxonomy skills per line, stated team sizes and total years of experience.
/// </summary>
public sealed partial class ResumeAnalyzer(SkillTaxonomy taxonomy, TimeProvider clock)
{
    public ResumeFacts Analyze(string text)
    {
        var today = MonthDate.From(clock.GetLocalNow());
        var raw = text.ReplaceLineEndings("\n").Split('\n');
        var sections = new ResumeSection[raw.Length];
        var present = new HashSet<ResumeSection>();
        var current = ResumeSection.Header;
        for (var i = 0; i < raw.Length; i++)
        {
            if (ResumeSectionHeadings.SectionOf(raw[i]) is { } heading)
            {
                current = heading;
                present.Add(heading);
            }

            sections[i] = current;
        }

        var roles = FindRoles(raw, sections, today);
        var roleOf = new int?[raw.Length];
        foreach (var role in roles)
        {
            foreach (var line in role.Lines)
            {
                roleOf[line - 1] = role.Index;
            }
        }

        var lines = raw.Select((t, i) => new ResumeLine(i + 1, t, sections[i], roleOf[i])).ToList();
        var skills = new List<SkillMention>();
        var teams = new List<TeamLed>();
        foreach (var line in lines)
        {
            foreach (var match in taxonomy.FindSkills(line.Text))
            {
                skills.Add(new SkillMention(match.Value, match.MatchedText, line.Number, line.Section, line.RoleIndex));
            }

            if (TeamSizePattern.Find(line.Text) is { } size)
            {
                teams.Add(new TeamLed(size, line.Number));
            }
        }

        if (roles.Count > 0)
        {
            present.Add(ResumeSection.Experience);
        }

        var degrees = FindDegrees(lines);
        return new ResumeFacts
        {
            Lines = lines,
            Roles = roles,
            Degrees = degrees.Where(d => !d.InProgress).ToList(),
            DegreesInProgress = degrees.Where(d => d.InProgress).ToList(),
            Skills = skills,
            Teams = teams,
            SectionsPresent = present,
            TotalYears = ExperienceCalculator.Years(roles.Select(r => r.Dates)),
            WordCount = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
        };
    }

    private static List<Role> FindRoles(string[] raw, ResumeSection[] sections, MonthDate today)
    {
        var dated = new List<(int Line, DateRange Range)>();
        for (var i = 0; i < raw.Length; i++)
        {
            if (sections[i] is ResumeSection.Education or ResumeSection.Certifications or ResumeSection.Skills)
            {
                continue;
            }

            if (DateRangeParser.Find(raw[i], today) is { } range)
            {
                dated.Add((i, range));
            }
        }

        var roles = new List<Role>();
        for (var r = 0; r < dated.Count; r++)
        {
            var (line, range) = dated[r];
            var headerStart = HeaderStart(raw, line, r == 0 ? -1 : dated[r - 1].Line);
            var next = r + 1 < dated.Count ? HeaderStart(raw, dated[r + 1].Line, line) : raw.Length;
            var end = line + 1;
            while (end < next && ResumeSectionHeadings.SectionOf(raw[end]) is null)
            {
                end++;
            }

            var title = string.Join(" | ", Enumerable.Range(headerStart, line - headerStart + 1)
                .Select(i => raw[i].Replace(range.Text, " ", StringComparison.Ordinal).Trim(' ', '|', ',', '-', '–', '—', '*', '#', '(', ')', '\t'))
                .Where(t => t.Any(char.IsLetter)));
            roles.Add(new Role(r, title, range, line + 1, Enumerable.Range(headerStart + 1, end - headerStart).ToList()));
        }

        return roles;
    }

    // A role's header is the dated line plus up to two plain lines above it (company, title), never bullets or headings.
    private static int HeaderStart(string[] raw, int datedLine, int previousDatedLine)
    {
        var start = datedLine;
        for (var i = datedLine - 1; i > previousDatedLine && i >= datedLine - 2; i--)
        {
            var text = raw[i].Trim();
            if (text.Length == 0 || SectionHeadings.IsBullet(text) || ResumeSectionHeadings.SectionOf(text) is not null || text.Length > 100)
            {
                break;
            }

            start = i;
        }

        return start;
    }

    private List<ResumeDegree> FindDegrees(IReadOnlyList<ResumeLine> lines)
    {
        var degrees = new List<ResumeDegree>();
        foreach (var line in lines)
        {
            if (line.Section is ResumeSection.Experience && line.RoleIndex is not null && !line.Text.Contains("degree", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mentions = DegreePatterns.Find(line.Text);
            if (mentions.Count == 0)
            {
                continue;
            }

            // A degree in progress ("expected 2027", "candidate", a graduation date still ahead) is not held yet.
            var inProgress = InProgress().IsMatch(line.Text) || (FutureYear().Match(line.Text) is { Success: true } year && int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture) > clock.GetLocalNow().Year);
            var fields = taxonomy.FindFields(line.Text).Select(f => f.Value).ToList();
            if (fields.Count == 0 && line.Number < lines.Count)
            {
                fields = taxonomy.FindFields(lines[line.Number].Text).Select(f => f.Value).ToList();
            }

            degrees.Add(new ResumeDegree(mentions.Max(m => m.Level), fields.Distinct().ToList(), line.Number, line.Text.Trim()) { InProgress = inProgress });
        }

        return degrees;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(expected|anticipated|in progress|candidate|currently (pursuing|enrolled)|pursuing|enrolled)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex InProgress();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b20[2-9]\d\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FutureYear();
}
