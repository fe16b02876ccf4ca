using LeadQual.Engines.Offline.Requirements;
using LeadQual.Engines.Offline.Resumes;
using LeadQual.Jobs;
using LeadQual.Taxonomy;

namespace LeadQual.Engines.Offline.Assessing;

/// <summary>
/// Step 3.1 offline, conservative as the seed's match criteria: every part of a requirement needs
/// explicit evidence in the resume. Skills by name or alias, or through a skill that implies them, or
/// through the category when the posting says "or similar"; years from dated roles about the domain;
/// degree levels ordered; fields exact or related when allowed.
/// </summary>
public sealed partial class RequirementAssessor(SkillTaxonomy taxonomy)
{
    private readonly RequirementInterpreter interpreter = new(taxonomy);

    public AssessedRequirement Assess(string requirement, ResumeFacts resume)
    {
        var parts = interpreter.Interpret(requirement);
        if (parts.Count == 0)
        {
            return new AssessedRequirement(requirement, "The requirement names nothing a resume could show, so it is not matched.", false, EvidenceStrength.KeywordsAbsent, []);
        }

        var verdicts = parts.Select(p => Judge(p, resume)).ToList();
        var failed = verdicts.Where(v => !v.Met).ToList();
        if (failed.Count > 0)
        {
            var worst = failed.MaxBy(v => v.Confidence)!;
            return new AssessedRequirement(requirement, worst.Reason, false, Math.Round(worst.Confidence, 3), []);
        }

        var evidence = verdicts.SelectMany(v => v.Evidence).DistinctBy(e => e.Line).OrderBy(e => e.Line).ToList();
        var confidence = verdicts.Min(v => v.Confidence);
        return new AssessedRequirement(requirement, string.Join(' ', verdicts.Select(v => v.Reason)), true, Math.Round(confidence, 3), evidence);
    }

    private PartVerdict Judge(RequirementSpec part, ResumeFacts resume) => part switch
    {
        DegreeSpec degree => JudgeDegree(degree, resume),
        FieldSpec field => JudgeField(field, resume),
        YearsSpec years => JudgeYears(years, resume),
        SkillSpec skills => JudgeSkills(skills, resume),
        CredentialSpec credential => JudgeCredential(credential, resume),
        CategorySpec category => JudgeCategory(category, resume),
        LeadershipSpec leadership => JudgeLeadership(leadership, resume),
        KeywordSpec keywords => JudgeKeywords(keywords, resume),
        _ => PartVerdict.No(0.5, "The requirement could not be interpreted."),
    };

    private static PartVerdict JudgeDegree(DegreeSpec spec, ResumeFacts resume)
    {
        if (spec.InProgress)
        {
            var studying = resume.DegreesInProgress.FirstOrDefault(d => d.Level >= spec.Level);
            return studying is not null
                ? PartVerdict.Yes(EvidenceStrength.DegreeStated, $"Line {studying.Line} shows a degree in progress: \"{Quote(studying.Text)}\".", Cite(resume, studying.Line))
                : PartVerdict.No(EvidenceStrength.DegreeAbsent, "The resume shows no degree currently being studied for.");
        }

        var best = resume.Degrees.MaxBy(d => d.Level);
        var wanted = DegreePatterns.LevelName(spec.Level);
        if (best is not null && best.Level >= spec.Level)
        {
            return PartVerdict.Yes(EvidenceStrength.DegreeStated, $"Line {best.Line} states \"{Quote(best.Text)}\", which meets the {wanted} requirement.", Cite(resume, best.Line));
        }

        var equivalentYears = spec.Level switch
        {
            DegreeLevel.Associate => 2,
            DegreeLevel.Bachelor => 4,
            DegreeLevel.Master => 6,
            _ => 99,
        };
        if (spec.OrEquivalentExperience && resume.TotalYears >= equivalentYears)
        {
            return PartVerdict.Yes(EvidenceStrength.EquivalentExperience, $"No {wanted} is stated, but {resume.TotalYears:0.#} years of dated experience stand in as the equivalent experience the posting allows.", resume.Roles.Select(r => Cite(resume, r.HeaderLine)).Take(1).ToArray());
        }

        if (best is not null)
        {
            return PartVerdict.No(EvidenceStrength.DegreeAbsent, $"The highest degree stated is on line {best.Line} (\"{Quote(best.Text)}\"), below the {wanted} required.");
        }

        return PartVerdict.No(resume.SectionsPresent.Contains(ResumeSection.Education) ? EvidenceStrength.DegreeAbsent : EvidenceStrength.AbsentWithThinResume, $"The resume states no degree, so the {wanted} requirement is not met.");
    }

    private PartVerdict JudgeField(FieldSpec spec, ResumeFacts resume)
    {
        var names = string.Join(" or ", spec.Fields.Select(f => f.Name));
        var studied = resume.Degrees.Concat(resume.DegreesInProgress).OrderByDescending(d => d.Level).ToList();
        foreach (var degree in studied)
        {
            if (degree.Fields.Intersect(spec.Fields).FirstOrDefault() is { } exact)
            {
                return PartVerdict.Yes(EvidenceStrength.DegreeStated, $"Line {degree.Line} shows a degree in {exact.Name} (\"{Quote(degree.Text)}\").", Cite(resume, degree.Line));
            }
        }

        if (spec.AllowRelated)
        {
            foreach (var degree in studied)
            {
                var related = degree.Fields.FirstOrDefault(f => RelatedFields.AreRelated(f, spec.Fields));
                if (related is not null)
                {
                    return PartVerdict.Yes(EvidenceStrength.ThroughCategory, $"Line {degree.Line} shows a degree in {related.Name}, a field related to {names} (\"{Quote(degree.Text)}\").", Cite(resume, degree.Line));
                }
            }
        }

        var held = resume.Degrees.SelectMany(d => d.Fields).Select(f => f.Name).Distinct().ToList();
        return held.Count > 0
            ? PartVerdict.No(0.85, $"The degree field stated ({string.Join(", ", held)}) is not {names}{(spec.AllowRelated ? " or a related field" : string.Empty)}.")
            : PartVerdict.No(resume.Degrees.Count > 0 ? 0.75 : EvidenceStrength.DegreeAbsent, $"The resume names no degree in {names}.");
    }

    private PartVerdict JudgeYears(YearsSpec spec, ResumeFacts resume)
    {
        var domain = spec.Domain.Length == 0 ? "professional" : spec.Domain;
        if (resume.Roles.Count == 0)
        {
            return PartVerdict.No(EvidenceStrength.AbsentWithThinResume, $"The resume has no dated roles, so {spec.Years:0.#}+ years of {domain} experience cannot be shown.");
        }

        var relevant = spec.Domain.Length == 0 ? resume.Roles : resume.Roles.Where(r => IsAbout(r, spec, resume)).ToList();
        var years = ExperienceCalculator.Years(relevant.Select(r => r.Dates));
        var margin = years - spec.Years;
        var first = relevant.OrderBy(r => r.Dates.Start).FirstOrDefault();
        if (margin >= 0)
        {
            var confidence = margin >= 1 ? EvidenceStrength.YearsClear : EvidenceStrength.YearsNearThreshold;
            return PartVerdict.Yes(confidence, $"Dated roles give {years:0.#} years of {domain} experience (from line {first!.HeaderLine}: \"{Quote(first.Title)}\"), meeting {spec.Years:0.#}+.", Cite(resume, first.HeaderLine));
        }

        var shortfallConfidence = margin <= -1 ? 0.85 : EvidenceStrength.YearsNearThreshold;
        return relevant.Count == 0
            ? PartVerdict.No(0.75, $"No dated role is about {domain}, so {spec.Years:0.#}+ years are not shown.")
            : PartVerdict.No(shortfallConfidence, $"Dated roles give only {years:0.#} years of {domain} experience, short of {spec.Years:0.#}+.");
    }

    private bool IsAbout(Role role, YearsSpec spec, ResumeFacts resume)
    {
        if (spec.DomainSkills.Count > 0 && resume.Skills.Any(m => m.RoleIndex == role.Index && (spec.DomainSkills.Contains(m.Skill) || taxonomy.ImpliedBy(m.Skill).Any(spec.DomainSkills.Contains))))
        {
            return true;
        }

        var stems = RequirementInterpreter.ContentWords(spec.Domain).Select(Stem).Distinct().ToList();
        if (stems.Count == 0)
        {
            return true;
        }

        // A role is about the domain when its title is: bullets mention too much in passing to count.
        // Half the domain's words in the title, or its head ("data engineering" in "data engineering building pipelines").
        var titleStems = RequirementInterpreter.ContentWords(role.Title).Select(Stem).ToHashSet();
        return stems.Count(titleStems.Contains) * 2 >= stems.Count || (stems.Count > 2 && titleStems.Contains(stems[0]) && titleStems.Contains(stems[1]));
    }

    private PartVerdict JudgeSkills(SkillSpec spec, ResumeFacts resume)
    {
        var verdicts = spec.Skills.Select(s => JudgeSkill(s, spec.AcceptSimilar, resume)).ToList();
        if (spec.AnyOne)
        {
            var met = verdicts.Where(v => v.Met).MaxBy(v => v.Confidence);
            return met ?? PartVerdict.No(verdicts.Min(v => v.Confidence), $"None of {string.Join(", ", spec.Skills.Select(s => s.Name))} appears in the resume.");
        }

        var missing = verdicts.FirstOrDefault(v => !v.Met);
        if (missing is not null)
        {
            return missing;
        }

        return new PartVerdict(true, verdicts.Min(v => v.Confidence), string.Join(' ', verdicts.Select(v => v.Reason)), verdicts.SelectMany(v => v.Evidence).ToList());
    }

    private PartVerdict JudgeSkill(SkillEntry skill, bool acceptSimilar, ResumeFacts resume)
    {
        var direct = resume.MentionsOf(skill).OrderBy(m => Rank(m)).FirstOrDefault();
        if (direct is not null)
        {
            var where = direct.RoleIndex is not null ? "in a dated role" : direct.Section == ResumeSection.Skills ? "in the skills section" : $"in the {direct.Section.ToString().ToLowerInvariant()} section";
            var strength = direct.RoleIndex is not null ? EvidenceStrength.InDatedRole : direct.Section is ResumeSection.Skills or ResumeSection.Certifications ? EvidenceStrength.InSkillsSection : EvidenceStrength.ElsewhereInResume;
            return PartVerdict.Yes(strength, $"{skill.Name} is named {where} on line {direct.Line}: \"{Quote(resume.Line(direct.Line).Text)}\".", Cite(resume, direct.Line));
        }

        var implying = resume.Skills.FirstOrDefault(m => taxonomy.ImpliedBy(m.Skill).Contains(skill));
        if (implying is not null)
        {
            return PartVerdict.Yes(EvidenceStrength.ThroughImplication, $"Line {implying.Line} names {implying.Skill.Name}, which implies {skill.Name}: \"{Quote(resume.Line(implying.Line).Text)}\".", Cite(resume, implying.Line));
        }

        if (acceptSimilar && skill.Category.Length > 0)
        {
            var sibling = resume.Skills.FirstOrDefault(m => string.Equals(m.Skill.Category, skill.Category, StringComparison.OrdinalIgnoreCase));
            if (sibling is not null)
            {
                return PartVerdict.Yes(EvidenceStrength.ThroughCategory, $"The posting accepts similar tools; line {sibling.Line} names {sibling.Skill.Name}, also a {skill.Category}: \"{Quote(resume.Line(sibling.Line).Text)}\".", Cite(resume, sibling.Line));
            }
        }

        var thin = resume.WordCount < 120;
        return PartVerdict.No(thin ? EvidenceStrength.AbsentWithThinResume : EvidenceStrength.AbsentSkill, $"The resume does not mention {skill.Name}{(acceptSimilar ? " or a similar " + skill.Category : string.Empty)}.");
    }

    private PartVerdict JudgeCredential(CredentialSpec spec, ResumeFacts resume)
    {
        var verdicts = spec.Skills.Select(skill =>
        {
            var held = resume.Skills.FirstOrDefault(m => (m.Skill == skill || taxonomy.ImpliedBy(m.Skill).Contains(skill))
                && (m.Skill.Kind is SkillKind.Certification or SkillKind.License || CredentialWord().IsMatch(resume.Line(m.Line).Text)));
            return held is not null
                ? PartVerdict.Yes(EvidenceStrength.InSkillsSection, $"Line {held.Line} shows a {skill.Name} credential: \"{Quote(resume.Line(held.Line).Text)}\".", Cite(resume, held.Line))
                : PartVerdict.No(EvidenceStrength.AbsentSkill, $"The resume shows no {skill.Name} certification or licence.");
        }).ToList();
        return spec.AnyOne ? verdicts.Where(v => v.Met).MaxBy(v => v.Confidence) ?? verdicts[0] : verdicts.FirstOrDefault(v => !v.Met) ?? verdicts[0];
    }

    private PartVerdict JudgeCategory(CategorySpec spec, ResumeFacts resume)
    {
        var member = resume.Skills.Where(m => taxonomy.IsWithin(m.Skill.Category, spec.Category.Name)).OrderBy(Rank).FirstOrDefault();
        if (member is not null)
        {
            return PartVerdict.Yes(EvidenceStrength.ThroughCategory + 0.05, $"Line {member.Line} names {member.Skill.Name}, a {member.Skill.Category}: \"{Quote(resume.Line(member.Line).Text)}\".", Cite(resume, member.Line));
        }

        return PartVerdict.No(0.85, $"The resume names no {spec.Category.Name}.");
    }

    private static PartVerdict JudgeLeadership(LeadershipSpec spec, ResumeFacts resume)
    {
        var team = resume.Teams.Where(t => t.Size >= spec.MinimumTeamSize).MaxBy(t => t.Size);
        if (team is not null)
        {
            return PartVerdict.Yes(0.9, $"Line {team.Line} states leading a team of {team.Size}: \"{Quote(resume.Line(team.Line).Text)}\".", Cite(resume, team.Line));
        }

        var leadRole = resume.Roles.FirstOrDefault(r => LeadTitle(r.Title));
        if (leadRole is not null && spec.MinimumTeamSize <= 1)
        {
            return PartVerdict.Yes(0.75, $"Line {leadRole.HeaderLine} shows a leadership title: \"{Quote(leadRole.Title)}\".", Cite(resume, leadRole.HeaderLine));
        }

        return PartVerdict.No(0.8, "The resume states no team led.");
    }

    private static PartVerdict JudgeKeywords(KeywordSpec spec, ResumeFacts resume)
    {
        var stems = spec.Terms.Select(Stem).ToList();
        foreach (var line in resume.Lines)
        {
            var lineStems = RequirementInterpreter.ContentWords(line.Text).Select(Stem).ToHashSet();
            if (stems.All(lineStems.Contains))
            {
                return PartVerdict.Yes(EvidenceStrength.KeywordsTogether, $"Line {line.Number} speaks to it: \"{Quote(line.Text)}\".", Cite(resume, line.Number));
            }
        }

        return PartVerdict.No(EvidenceStrength.KeywordsAbsent, $"The resume does not speak to \"{string.Join(' ', spec.Terms)}\".");
    }

    // "Manager" alone is often a title without reports (product, account, marketing manager); these say people.
    private static bool LeadTitle(string title) =>
        System.Text.RegularExpressions.Regex.IsMatch(title, @"(?i)\b(head of|director|supervisor|chief|vp|vice president|foreman|forewoman|charge nurse|superintendent|team lead|tech lead|(engineering|people|team|store|operations|general|nurse|office|district|regional|warehouse|shift|site|plant|branch|department|practice|clinic|program|service) manager)\b");

    private static int Rank(SkillMention mention) => mention.RoleIndex is not null ? 0 : mention.Section is ResumeSection.Skills or ResumeSection.Certifications ? 1 : 2;

    private static string Stem(string word) => WordStem.Of(word);

    private static EvidenceQuote Cite(ResumeFacts resume, int line) => new(line, resume.Line(line).Text);

    private static string Quote(string text)
    {
        var trimmed = text.Trim().TrimStart('-', '*', '•', ' ').Trim();
        return trimmed.Length > 140 ? trimmed[..137] + "..." : trimmed;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(certif\w*|licen[cs]\w*|credential)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CredentialWord();
}
