using System.Text.RegularExpressions;
using LeadQual.Engines.Offline.Tagging;

namespace LeadQual.Engines.Offline.Resumes;

/// <summary>Recognises resume headings ("EXPERIENCE", "## Education", "Technical Skills:") and their sections.</summary>
public static partial class ResumeSectionHeadings
{
    public static ResumeSection? SectionOf(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 60)
        {
            return null;
        }

        // "*Education*" and "Skills:" are headings when the words are a known heading's.
        var bare = trimmed.Trim('*', '_', ' ').TrimEnd(':').Trim();
        var heading = SectionHeadings.HeadingText(trimmed) ?? (KnownHeading().IsMatch(bare) ? bare : null);
        if (heading is null)
        {
            return null;
        }

        var text = heading.ToLowerInvariant();

        // "Summary of qualifications" is a summary, though "qualifications" alone heads an education section.
        if (LeadingSummary().IsMatch(text))
        {
            return ResumeSection.Summary;
        }

        if (Education().IsMatch(text))
        {
            return ResumeSection.Education;
        }

        if (Certifications().IsMatch(text))
        {
            return ResumeSection.Certifications;
        }

        if (Skills().IsMatch(text))
        {
            return ResumeSection.Skills;
        }

        if (Experience().IsMatch(text))
        {
            return ResumeSection.Experience;
        }

        if (Projects().IsMatch(text))
        {
            return ResumeSection.Projects;
        }

        if (Summary().IsMatch(text))
        {
            return ResumeSection.Summary;
        }

        return trimmed.StartsWith('#') || KnownHeading().IsMatch(bare) ? ResumeSection.Other : null;
    }

    [GeneratedRegex(@"educat|academic|degree|training|qualifications$|schooling", RegexOptions.CultureInvariant)]
    private static partial Regex Education();

    [GeneratedRegex(@"certif|licen[cs]|credential|accreditation", RegexOptions.CultureInvariant)]
    private static partial Regex Certifications();

    [GeneratedRegex(@"skill|competenc|technolog|tools|expertise|proficienc|tech stack|languages|strengths", RegexOptions.CultureInvariant)]
    private static partial Regex Skills();

    [GeneratedRegex(@"experience|employment|work history|career|positions|professional background|relevant history|clinical|teaching|history", RegexOptions.CultureInvariant)]
    private static partial Regex Experience();

    [GeneratedRegex(@"^(summary|profile|overview)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingSummary();

    // Achievements are described work, as projects are, without a role of their own.
    [GeneratedRegex(@"project|portfolio|publication|research|presentations|achievements|accomplishments", RegexOptions.CultureInvariant)]
    private static partial Regex Projects();

    [GeneratedRegex(@"summary|profile|objective|about|overview|highlights", RegexOptions.CultureInvariant)]
    private static partial Regex Summary();

    [GeneratedRegex(@"^(?i:(professional |work |relevant |technical |core |key )?(summary|profile|objective|experience|employment( history)?|work history|education|skills|certifications?|licen[cs]es?( (and|&) certifications)?|certifications (and|&) licen[cs]es|projects|awards|volunteer(ing)?|interests|publications|references|languages))$", RegexOptions.CultureInvariant)]
    private static partial Regex KnownHeading();
}
