using System.Text.RegularExpressions;
using LeadQual.Engines.Offline.Resumes;
using LeadQual.Engines.Offline.Tagging;

namespace LeadQual.Profiles.Offline;

/// <summary>
/// Flags what a reader would flag (the labelled set's vocabulary) and scores how much there is to judge:
/// <list type="bullet">
/// <item><c>low_content</c>: fewer than <see cref="LowContentWords"/> words;</item>
/// <item><c>missing_experience</c>, <c>missing_education</c>, <c>missing_skills</c>: no such section (and, for experience, no dated role; for education, no degree);</item>
/// <item><c>missing_dates</c>: an experience section whose roles carry no dates, or titled entries without dates beside dated ones;</item>
/// <item><c>unparseable_format</c>: garbled extraction (<see cref="GarbleDetector"/>).</item>
/// </list>
/// Content richness weighs words, sections, skills named, dated roles and quantified lines; the analysis
/// confidence starts from richness and is cut by each flag.
/// </summary>
public static partial class QualityValidator
{
    public const int LowContentWords = 120;

    /// <summary>Fewer skills named than this, with no skills section, is <c>missing_skills</c>.</summary>
    public const int FewSkills = 10;

    public static QualityReport Validate(ResumeFacts facts, int explicitSkillCount) => Validate(facts, explicitSkillCount, CheckExtraction(facts));

    public static QualityReport Validate(ResumeFacts facts, int explicitSkillCount, ExtractionCheck extraction)
    {
        var flags = new List<string>();
        if (facts.WordCount < LowContentWords)
        {
            flags.Add(QualityFlags.LowContent);
        }

        var hasExperience = facts.Roles.Count > 0 || facts.SectionsPresent.Contains(ResumeSection.Experience);
        if (!hasExperience)
        {
            flags.Add(QualityFlags.MissingExperience);
        }

        if (!facts.SectionsPresent.Contains(ResumeSection.Education) && facts.Degrees.Count == 0)
        {
            flags.Add(QualityFlags.MissingEducation);
        }

        // The vocabulary's missing_skills: no skills section AND few skills named anywhere.
        if (!facts.SectionsPresent.Contains(ResumeSection.Skills) && explicitSkillCount < FewSkills)
        {
            flags.Add(QualityFlags.MissingSkills);
        }

        if (hasExperience && UndatedRoles(facts) > 0)
        {
            flags.Add(QualityFlags.MissingDates);
        }

        if (extraction.Unparseable)
        {
            flags.Add(QualityFlags.UnparseableFormat);
        }

        var richness = Richness(facts, explicitSkillCount);
        var confidence = 0.35 + (0.6 * richness);
        foreach (var flag in flags)
        {
            confidence *= flag switch
            {
                QualityFlags.UnparseableFormat => 0.5,
                QualityFlags.LowContent => 0.6,
                QualityFlags.MissingExperience => 0.8,
                QualityFlags.MissingDates => 0.85,
                _ => 0.95,
            };
        }

        return new QualityReport(flags, richness, Math.Round(Math.Clamp(confidence, 0.05, 0.95), 2), extraction.Garble);
    }

    /// <summary>Whether the text is a garbled extraction (<c>unparseable_format</c>), with the garble measures behind it.</summary>
    public static ExtractionCheck CheckExtraction(ResumeFacts facts)
    {
        var garble = GarbleDetector.Measure(facts.Lines.Select(l => l.Text).ToList());
        return new ExtractionCheck(garble, garble.IsGarbled || ExtractionArtefacts(facts) >= 2);
    }

    /// <summary>Experience-section lines that read as a role title but belong to no dated role's header.</summary>
    public static int UndatedRoles(ResumeFacts facts)
    {
        var headerLines = new HashSet<int>();
        foreach (var role in facts.Roles)
        {
            var first = role.Lines.Count > 0 ? Math.Min(role.Lines[0], role.HeaderLine) : role.HeaderLine;
            for (var n = first; n <= role.HeaderLine; n++)
            {
                headerLines.Add(n);
            }
        }

        return facts.Lines.Count(l =>
            l.Section == ResumeSection.Experience
            && !headerLines.Contains(l.Number)
            && ResumeSectionHeadings.SectionOf(l.Text) is null
            && !SectionHeadings.IsBullet(l.Text)
            && IsTitleLine(l.Text));
    }

    private static bool IsTitleLine(string text)
    {
        var trimmed = text.Trim().Trim('*', '#', '_').Trim();
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is > 0 and <= 10 && !trimmed.EndsWith('.') && char.IsUpper(trimmed[0]) && TitleReader.LooksLikeTitle(trimmed) && !Verb().IsMatch(trimmed);
    }

    private static double Richness(ResumeFacts facts, int explicitSkillCount)
    {
        var sections = new[] { ResumeSection.Experience, ResumeSection.Education, ResumeSection.Skills, ResumeSection.Summary }
            .Count(facts.SectionsPresent.Contains) + (facts.SectionsPresent.Contains(ResumeSection.Projects) || facts.SectionsPresent.Contains(ResumeSection.Certifications) ? 1 : 0);
        var quantified = facts.Lines.Count(l => l.RoleIndex is not null && SectionHeadings.IsBullet(l.Text) && Quantity().IsMatch(l.Text));
        var score = (0.3 * Math.Min(1, facts.WordCount / 450.0))
            + (0.2 * Math.Min(1, sections / 4.0))
            + (0.2 * Math.Min(1, explicitSkillCount / 10.0))
            + (0.15 * Math.Min(1, facts.Roles.Count / 3.0))
            + (0.15 * Math.Min(1, quantified / 4.0));
        return Math.Round(score, 2);
    }

    /// <summary>
    /// How many kinds of PDF-extraction damage the text shows: mojibake (UTF-8 read as Latin-1), letters spaced
    /// apart ("R A F A E L"), page furniture ("Page 1 of 2"), two columns flattened into one line (long runs of
    /// spaces between words). One kind can be a style choice; two or more is a garbled extraction.
    /// </summary>
    public static int ExtractionArtefacts(ResumeFacts facts)
    {
        var lines = facts.Lines.Select(l => l.Text).ToList();
        var kinds = 0;
        kinds += lines.Any(l => Mojibake().IsMatch(l)) ? 1 : 0;
        kinds += lines.Any(l => SpacedLetters().IsMatch(l)) ? 1 : 0;
        kinds += lines.Any(l => PageMarker().IsMatch(l)) ? 1 : 0;
        kinds += lines.Count(l => ColumnGap().IsMatch(l.Trim())) >= 3 ? 1 : 0;
        return kinds;
    }

    [GeneratedRegex(@"Ã.|â€|ï‚|ï»¿|ï¿½|\uFFFD", RegexOptions.CultureInvariant)]
    private static partial Regex Mojibake();

    [GeneratedRegex(@"(?<!\S)(\p{L} ){4,}\p{L}(?!\S)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedLetters();

    [GeneratedRegex(@"\bpage \d+ of \d+\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageMarker();

    [GeneratedRegex(@"\w\S*\s{8,}\S*\w", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"\d+\s?%|\$\s?\d|\b\d{2,}\b|\b\d+(\.\d+)?\s?(k|m|x|tb|gb|hours|days|weeks|people|users|customers|patients|students|clients)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^(led|managed|built|designed|developed|created|worked|responsible|helped|assisted|supported|handled|provided|maintained|implemented|coordinated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();
}
