using System.Text.RegularExpressions;
using LeadQual.Engines.Offline.Classifying;
using LeadQual.Engines.Offline.Requirements;
using LeadQual.Jobs;
using LeadQual.Taxonomy;

namespace LeadQual.Engines.Offline.Atomizing;

/// <summary>
/// Step 2.2 offline: splits each tagged qualification into atomic requirements. A degree with a field
/// becomes the degree and the field; years with skills become the years and each skill; "Python, Java
/// or Go" becomes three alternatives sharing an any_of group; "X and Y" becomes two requirements; a
/// category with examples ("a relational database such as PostgreSQL") stays one requirement.
/// Traits are never split ("written and verbal communication" is one requirement).
/// </summary>
public sealed partial class RequirementAtomizer(SkillTaxonomy taxonomy)
{
    public ResponseData_2_2 Atomize(ResponseData_2_1 tagged)
    {
        var groups = 0;
        var atoms = new List<AtomicRequirement>();
        foreach (var item in tagged.TaggedList)
        {
            atoms.AddRange(Atomize(item, () => $"g{++groups}"));
        }

        return new ResponseData_2_2(atoms.DistinctBy(a => (a.RequirementString.ToLowerInvariant(), a.AnyOf)).ToList());
    }

    private IEnumerable<AtomicRequirement> Atomize(TaggedRequirement item, Func<string> newGroup)
    {
        var text = Clean(item.RawString);
        if (text.Length == 0)
        {
            yield break;
        }

        var category = item.Category;
        if (EvaluatedQualifications.IsEvaluated(text))
        {
            foreach (var trait in SplitTraits(text))
            {
                yield return new AtomicRequirement(Capitalize(trait), category);
            }

            yield break;
        }

        var masked = text;
        var degrees = DegreePatterns.Find(text);
        if (degrees.Count > 0)
        {
            var lowest = degrees.MinBy(d => d.Level)!;
            var level = lowest.Level;
            var equivalent = EquivalentExperience().IsMatch(text);
            // "MBA" and "PhD" say more than their level; other degrees are named by level.
            var name = NamedDegree().IsMatch(lowest.Text) ? lowest.Text.Trim().TrimEnd('.') : DegreePatterns.LevelName(level);
            yield return new AtomicRequirement(name + (equivalent && level != DegreeLevel.HighSchool ? " or equivalent experience" : string.Empty), category);
            // A field the degree's own abbreviation names ("MBA" → Business Administration) is not asked for twice.
            var fields = taxonomy.FindFields(text).Where(f => !degrees.Any(d => d.Start < f.End && f.Start < d.End)).Select(f => f.Value.Name).Distinct().ToList();
            if (fields.Count > 0)
            {
                var related = RelatedField().IsMatch(text) ? " or a related field" : string.Empty;
                yield return new AtomicRequirement($"Degree in {JoinOr(fields)}{related}", category);
            }

            // What follows the degree ("... and 3+ years of experience") is atomized on its own.
            var afterDegree = DegreeClauseEnd().Match(text, degrees[^1].End);
            masked = afterDegree.Success ? text[afterDegree.Index..] : string.Empty;
            if (masked.Length == 0)
            {
                yield break;
            }
        }

        else if (FieldOnly().IsMatch(text) && taxonomy.FindFields(text).Select(f => f.Value.Name).Distinct().ToList() is { Count: > 0 } fieldsOnly)
        {
            // "if it is in human resources, psychology or a related field": a field requirement without a level.
            yield return new AtomicRequirement($"Degree in {JoinOr(fieldsOnly)}{(RelatedField().IsMatch(text) ? " or a related field" : string.Empty)}", category);
            yield break;
        }

        var years = YearsPattern.Find(masked);
        if (years is not null)
        {
            var domain = years.Domain.Length > 0 ? years.Domain + " " : string.Empty;
            yield return new AtomicRequirement($"{years.Years:0.#}+ years of {domain}experience", category);
            // "5+ years with Python and AWS" also asks for Python and AWS; "5+ years of data engineering" asks for
            // nothing beyond the years: practice areas stay inside the years requirement.
            var domainTools = taxonomy.FindSkills(years.Domain).Where(m => m.Value.Kind == SkillKind.Technical && RequirementInterpreter.IsTool(m.Value));
            masked = masked[..years.Start] + new string(' ', years.End - years.Start) + masked[years.End..];
            foreach (var skill in domainTools)
            {
                yield return new AtomicRequirement(skill.MatchedText, category);
            }
        }

        foreach (var atom in SkillAtoms(masked, category, newGroup, wholeText: degrees.Count == 0 && years is null ? text : null))
        {
            yield return atom;
        }
    }

    private IEnumerable<AtomicRequirement> SkillAtoms(string text, RequirementCategory category, Func<string> newGroup, string? wholeText)
    {
        var withoutParentheses = Parenthetical().Replace(text, m => new string(' ', m.Length));
        var examples = ExampleIntro().Match(withoutParentheses);
        var head = examples.Success ? withoutParentheses[..examples.Index] : withoutParentheses;
        var found = taxonomy.FindSkills(head).Where(s => s.Value.Kind != SkillKind.Soft).ToList();
        // A phrase that names a category ("a relational database") is the category, even where a skill row shares
        // its name; a category word inside a skill's name ("OSCP certification") is the skill.
        var categories = taxonomy.FindCategories(head).Where(c => !found.Any(s => RequirementInterpreter.Outranks(s, c))).ToList();
        var skills = found.Where(s => !categories.Any(c => c.Start <= s.Start && s.End <= c.End)).ToList();

        // "Advanced SQL and a relational database such as PostgreSQL": the skills before the category are atomized on their own.
        if (categories.Count > 0 && skills.Count > 0)
        {
            var connector = AndConnectorBefore(head, categories[0].Start);
            if (connector is { } cut && skills.All(s => s.End <= cut.Index))
            {
                foreach (var atom in SkillAtoms(text[..cut.Index], category, newGroup, wholeText: null))
                {
                    yield return atom;
                }

                yield return new AtomicRequirement(Capitalize(Clean(text[(cut.Index + cut.Length)..])), category);
                yield break;
            }
        }

        // "A relational database such as PostgreSQL or MySQL": the category is the requirement.
        if (categories.Count > 0 && skills.Count == 0)
        {
            yield return new AtomicRequirement(Capitalize(wholeText ?? text.Trim()), category);
            yield break;
        }

        if (skills.Count == 0 && examples.Success)
        {
            skills = taxonomy.FindSkills(withoutParentheses[examples.Index..]).Where(s => s.Value.Kind != SkillKind.Soft).ToList();
            if (skills.Count > 0)
            {
                var group = skills.Count > 1 ? newGroup() : null;
                foreach (var skill in skills)
                {
                    yield return new AtomicRequirement(skill.MatchedText, category, group);
                }

                yield break;
            }
        }

        if (skills.Count <= 1)
        {
            if (wholeText is not null)
            {
                // A requirement that is just a name ("dbt", "iOS") keeps the name's own spelling.
                var alone = skills.Count == 1 && string.Equals(wholeText.Trim(), skills[0].MatchedText, StringComparison.Ordinal);
                yield return new AtomicRequirement(alone ? skills[0].MatchedText : Capitalize(wholeText), category);
            }
            else if (skills.Count == 1)
            {
                yield return new AtomicRequirement(skills[0].MatchedText, category);
            }

            yield break;
        }

        // "Automated tests with Jest, React Testing Library or Cypress": the first skill frames the tools that follow.
        if (FramePreposition().IsMatch(head[skills[0].End..skills[1].Start]))
        {
            skills.RemoveAt(0);
        }

        foreach (var run in Runs(head, skills))
        {
            var group = run.Count > 1 ? newGroup() : null;
            foreach (var skill in run)
            {
                yield return new AtomicRequirement(skill.MatchedText, category, group);
            }
        }
    }

    /// <summary>
    /// Splits a list of skills into runs of alternatives: "A, B or C" is one run; "A, B and C" three runs;
    /// "A and B or C" the runs [A] and [B, C].
    /// </summary>
    private static List<List<PhraseMatch<SkillEntry>>> Runs(string text, List<PhraseMatch<SkillEntry>> skills)
    {
        var connectors = new List<string>();
        for (var i = 1; i < skills.Count; i++)
        {
            connectors.Add(text[skills[i - 1].End..skills[i].Start].ToLowerInvariant());
        }

        var anyOr = connectors.Any(IsOr);
        var anyAnd = connectors.Any(IsAnd);
        var runs = new List<List<PhraseMatch<SkillEntry>>> { new() { skills[0] } };
        for (var i = 1; i < skills.Count; i++)
        {
            var connector = connectors[i - 1];
            var alternative = IsOr(connector) || (anyOr && !anyAnd && IsComma(connector));
            if (alternative)
            {
                runs[^1].Add(skills[i]);
            }
            else
            {
                runs.Add([skills[i]]);
            }
        }

        return runs;
    }

    [GeneratedRegex(@"^\s*(with|using|via|through)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FramePreposition();

    private static Match? AndConnectorBefore(string text, int position)
    {
        var matches = ListConnector().Matches(text[..position]);
        return matches.Count > 0 ? matches[^1] : null;
    }

    /// <summary>
    /// "Able to lift 50 lbs and to stand for a shift" and "Detail-oriented and curious" are two traits;
    /// "Written and verbal communication" is one. Split only where every part is a trait on its own, the
    /// opening words ("Able to", "Available for") carried over to the parts that lack them.
    /// </summary>
    private static IReadOnlyList<string> SplitTraits(string text)
    {
        if (text.Contains('(', StringComparison.Ordinal))
        {
            return [text];
        }

        var parts = TraitBoundary().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return [text];
        }

        var opener = TraitOpener().Match(parts[0]);
        var completed = parts.Select((p, i) => i > 0 && opener.Success && !TraitOpener().IsMatch(p) && char.IsLower(p[0])
            ? Continue(opener.Value.TrimEnd(), p.TrimStart())
            : p).ToList();
        return completed.All(EvaluatedQualifications.IsEvaluated) && completed.All(p => p.Length > 4) ? completed : [text];
    }

    // "Available for" + "for weekend overtime" is "Available for weekend overtime", not "Available for for ...".
    private static string Continue(string opener, string part)
    {
        var last = opener[(opener.LastIndexOf(' ') + 1)..];
        return part.StartsWith(last + " ", StringComparison.OrdinalIgnoreCase) ? $"{opener[..^last.Length].TrimEnd()} {part}" : $"{opener} {part}";
    }

    private static bool IsOr(string connector) => OrConnector().IsMatch(connector);

    private static bool IsAnd(string connector) => AndConnector().IsMatch(connector);

    private static bool IsComma(string connector) => connector.Trim().Trim(',').Length == 0 && connector.Contains(',', StringComparison.Ordinal);

    private static string Clean(string raw)
    {
        var text = raw.Trim().TrimEnd('.', ';', ',', ':').Trim();
        text = LeadIn().Replace(text, string.Empty).Trim();
        text = TrailingCue().Replace(text, string.Empty).Trim().TrimEnd('.', ',', ';', ':', '-', '–').Trim();
        return text;
    }

    private static string JoinOr(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"(?i)^(?:(?:required|preferred|bonus( points)?|nice[\s-]to[\s-]have|plus|must[\s-]have|ideally|also|and)\s*[:,-]\s*)?(?:(?:you|candidates?|the ideal candidate)\s+(?:will\s+)?(?:have|has|bring|brings|hold|holds|possess|possesses|should have|must have|need|needs)\s+|(?:you(?:'re| are)\s+)|(?:ideally,?\s+you\s+(?:have|bring)\s+)|(?:we(?:'re| are)\s+looking for\s+(?:someone|a candidate|candidates)?\s*(?:with|who has)?\s*)|(?:must\s+(?:have|possess|hold)\s+)|(?:a\s+)?(?:strong|solid|proven|demonstrated|excellent|good|deep|working|hands-on|practical|advanced|basic|thorough|some|prior|previous|professional)?\s*(?:experience|proficiency|knowledge|familiarity|expertise|background|understanding|fluency|competence|exposure)\s+(?:with|in|of|using|on|across)\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"(?i)[\s,(-]*(?:is\s+)?(?:a\s+(?:big\s+|huge\s+|strong\s+)?plus|preferred|required|strongly preferred|highly desired|desired|nice to have|is a bonus|a bonus|bonus)\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCue();

    [GeneratedRegex(@"(?i)equivalent (practical |work |professional |relevant )?experience|or equivalent\b|equivalent combination|in lieu of", RegexOptions.CultureInvariant)]
    private static partial Regex EquivalentExperience();

    [GeneratedRegex(@"(?i)related|relevant|similar|equivalent field|comparable|quantitative|technical (field|discipline)", RegexOptions.CultureInvariant)]
    private static partial Regex RelatedField();

    [GeneratedRegex(@"(?i)[;,]?\s*\b(plus|and|with|along with|as well as)\b\s+(?=(at least\s+|a minimum of\s+|minimum of\s+)?(\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|experience|proficiency|knowledge|familiarity|strong|solid)", RegexOptions.CultureInvariant)]
    private static partial Regex DegreeClauseEnd();

    [GeneratedRegex(@"(?i)\s+and\s+(?=to\s|for\s|a\s|an\s|\w+-\w+|\w+(ed|ing|ous|ive|ful|able|ent|ant)\b|(?:[\w-]+\s+){0,2}[\w-]+\s*$)|,\s+(?=\w)", RegexOptions.CultureInvariant)]
    private static partial Regex TraitBoundary();

    [GeneratedRegex(@"(?i)^(able to( pass)?|ability to( pass)?|available|willing(ness)? to|must be( able to)?|comfortable)\b(?:\s+(?:to|for|a|an))?", RegexOptions.CultureInvariant)]
    private static partial Regex TraitOpener();

    [GeneratedRegex(@"(?i)^(MBA|M\.B\.A\.?|Ph\.?\s?D\.?|J\.?D\.?|M\.?D\.?|Pharm\.?D\.?|BSN|MSN|DNP|Ed\.?D\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedDegree();

    [GeneratedRegex(@"(?i)\b(field|major|studies|discipline)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FieldOnly();

    [GeneratedRegex(@"\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"(?i)\b(such as|e\.g\.|for example|like|including)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ExampleIntro();

    [GeneratedRegex(@"(?i)\bor\b|/|\beither\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrConnector();

    [GeneratedRegex(@"(?i)\s*(,|;|\band\b|&)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ListConnector();

    [GeneratedRegex(@"(?i)\band\b|&|\bplus\b|\bas well as\b", RegexOptions.CultureInvariant)]
    private static partial Regex AndConnector();
}
