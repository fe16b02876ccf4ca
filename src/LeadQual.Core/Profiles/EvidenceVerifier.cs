using System.Text;

namespace LeadQual.Profiles;

/// <summary>
/// Keeps only evidence that occurs verbatim in the resume (runs of whitespace compared as one space, case
/// kept), so an engine's paraphrase or invention cannot stand as a quote. A snippet found elsewhere than the
/// lines it cites keeps its text and gets the right line numbers. A skill left with no evidence is dropped;
/// explicit skills are set to confidence 1.0 and inferred ones clamped to [0,1].
/// </summary>
public static class EvidenceVerifier
{
    private const int MinimumSnippetLength = 3;

    public static EvidenceCheck Verify(CandidateProfile profile, string resumeText)
    {
        var index = new ResumeTextIndex(resumeText);
        var tally = new Tally();
        var explicitSkills = VerifySkills(profile.ExplicitSkills, index, tally, explicitSkill: true);
        var inferredSkills = VerifySkills(profile.InferredSkills, index, tally, explicitSkill: false);
        var leadershipEvidence = VerifyEvidence(profile.LeadershipScope.Evidence, index, tally);
        var verified = profile with
        {
            ExplicitSkills = explicitSkills,
            InferredSkills = inferredSkills,
            LeadershipScope = profile.LeadershipScope with { Evidence = leadershipEvidence },
            ProcessingMetadata = profile.ProcessingMetadata with { EvidenceChecked = tally.Checked, UnsupportedEvidenceCount = tally.Unsupported },
        };
        return new EvidenceCheck(verified, tally.Checked, tally.Unsupported, tally.SkillsDropped);
    }

    private static List<SkillAssessment> VerifySkills(IReadOnlyList<SkillAssessment> skills, ResumeTextIndex index, Tally tally, bool explicitSkill)
    {
        var kept = new List<SkillAssessment>();
        foreach (var skill in skills)
        {
            var evidence = VerifyEvidence(skill.Evidence, index, tally);
            if (evidence.Count == 0)
            {
                tally.SkillsDropped++;
                continue;
            }

            var confidence = explicitSkill ? 1.0 : Math.Clamp(double.IsNaN(skill.Confidence) ? 0 : skill.Confidence, 0, 1);
            kept.Add(skill with { Evidence = evidence, Confidence = confidence });
        }

        return kept;
    }

    private static List<SkillEvidence> VerifyEvidence(IReadOnlyList<SkillEvidence> evidence, ResumeTextIndex index, Tally tally)
    {
        var kept = new List<SkillEvidence>();
        foreach (var item in evidence)
        {
            tally.Checked++;
            var lines = index.Locate(item.Snippet, item.LineStart, item.LineEnd);
            if (lines is not { } found)
            {
                tally.Unsupported++;
                continue;
            }

            kept.Add(item with { LineStart = found.Start, LineEnd = found.End });
        }

        return kept;
    }

    private sealed class Tally
    {
        public int Checked { get; set; }

        public int Unsupported { get; set; }

        public int SkillsDropped { get; set; }
    }

    /// <summary>The resume with whitespace runs folded to one space, each character knowing its line.</summary>
    private sealed class ResumeTextIndex
    {
        private readonly string folded;
        private readonly int[] lineOf;

        public ResumeTextIndex(string text)
        {
            var builder = new StringBuilder(text.Length);
            var lines = new List<int>(text.Length);
            var line = 1;
            var pendingSpace = false;
            foreach (var c in text.ReplaceLineEndings("\n"))
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = builder.Length > 0;
                    if (c == '\n')
                    {
                        line++;
                    }

                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    lines.Add(line);
                    pendingSpace = false;
                }

                builder.Append(c);
                lines.Add(line);
            }

            folded = builder.ToString();
            lineOf = [.. lines];
        }

        public (int Start, int End)? Locate(string? snippet, int citedStart, int citedEnd)
        {
            var needle = Fold(snippet);
            if (needle.Length < MinimumSnippetLength)
            {
                return null;
            }

            (int Start, int End)? first = null;
            for (var at = folded.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                var span = (Start: lineOf[at], End: lineOf[at + needle.Length - 1]);
                if (span.Start >= citedStart && span.End <= Math.Max(citedStart, citedEnd))
                {
                    return span;
                }

                first ??= span;
            }

            return first;
        }

        private static string Fold(string? text) =>
            string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
