using LeadQual.Engines.Offline.Resumes;
using LeadQual.Engines.Offline.Tagging;

namespace LeadQual.Profiles.Offline;

/// <summary>Evidence snippets cut from resume lines: always a verbatim part of the line, bullet marker left out.</summary>
public static class Snippets
{
    public const int MaxLength = 220;

    public static SkillEvidence From(ResumeLine line, EvidenceType type, int matchStart = 0, int matchEnd = 0)
    {
        var text = line.Text;
        var body = SectionHeadings.StripBullet(text);
        var offset = body.Length == 0 ? 0 : text.IndexOf(body, StringComparison.Ordinal);
        var snippet = body;
        if (body.Length > MaxLength)
        {
            // A window around the match, cut at spaces, still a substring of the line.
            var center = Math.Clamp(((matchStart + matchEnd) / 2) - offset, 0, body.Length);
            var start = Math.Clamp(center - (MaxLength / 2), 0, body.Length - MaxLength);
            var spaceBefore = start == 0 ? 0 : body.IndexOf(' ', start);
            start = spaceBefore < 0 ? start : spaceBefore + (start == 0 ? 0 : 1);
            var end = Math.Min(body.Length, start + MaxLength);
            var spaceAfter = end == body.Length ? end : body.LastIndexOf(' ', end - 1);
            end = spaceAfter > start ? spaceAfter : end;
            snippet = body[start..end].Trim();
        }

        return new SkillEvidence(snippet, SectionOf(line), line.Number, line.Number, type);
    }

    public static EvidenceSection SectionOf(ResumeLine line) => line.Section switch
    {
        ResumeSection.Experience => EvidenceSection.Experience,
        ResumeSection.Projects => EvidenceSection.Projects,
        ResumeSection.Education or ResumeSection.Certifications => EvidenceSection.Education,
        ResumeSection.Skills => EvidenceSection.Skills,
        _ when line.RoleIndex is not null => EvidenceSection.Experience,
        _ => EvidenceSection.Summary,
    };
}
