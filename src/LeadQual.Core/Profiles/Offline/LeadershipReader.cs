using System.Globalization;
using System.Text.RegularExpressions;
using LeadQual.Engines.Offline.Resumes;

namespace LeadQual.Profiles.Offline;

/// <summary>
/// Leadership as the resume states it: the largest team led (0 when no size is stated, even under a manager
/// title), direct reports, a budget or P&amp;L, and a scope ("across 12 stores").
/// </summary>
public static partial class LeadershipReader
{
    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    public static LeadershipScope Read(ResumeFacts facts)
    {
        var evidence = new SortedDictionary<int, SkillEvidence>();
        var largest = 0;
        foreach (var team in facts.Teams)
        {
            largest = Math.Max(largest, team.Size);
            evidence.TryAdd(team.Line, Snippets.From(facts.Line(team.Line), EvidenceType.RoleResponsibility));
        }

        int? reports = null;
        string? budget = null;
        string? scope = null;
        foreach (var line in facts.Lines)
        {
            if (DirectReports().Match(line.Text) is { Success: true } r)
            {
                var n = Number(r.Groups["n"].Value);
                reports = Math.Max(reports ?? 0, n);
                evidence.TryAdd(line.Number, Snippets.From(line, EvidenceType.RoleResponsibility));
            }

            if (budget is null && Budget().Match(line.Text) is { Success: true } b)
            {
                budget = b.Value.Trim();
                evidence.TryAdd(line.Number, Snippets.From(line, EvidenceType.RoleResponsibility, b.Index, b.Index + b.Length));
            }

            if (scope is null && Scope().Match(line.Text) is { Success: true } s)
            {
                scope = s.Value.Trim();
                evidence.TryAdd(line.Number, Snippets.From(line, EvidenceType.RoleResponsibility, s.Index, s.Index + s.Length));
            }
        }

        return new LeadershipScope(Math.Max(largest, reports ?? 0), reports, budget, scope, evidence.Values.ToList());
    }

    private static int Number(string raw)
    {
        var i = Array.IndexOf(Words, raw.ToLowerInvariant());
        return i >= 0 ? i : int.Parse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture);
    }

    private const string Count = @"(?<n>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";

    [GeneratedRegex(@"(?i)\b" + Count + @"\+?\s+direct\s+reports\b", RegexOptions.CultureInvariant)]
    private static partial Regex DirectReports();

    [GeneratedRegex(@"(?i)(?:budget|P&L|portfolio)\s+of\s+(?:over\s+|about\s+|~)?\$\s?[\d.,]+\s?(?:[KMB]\b|million|billion|thousand)?|\$\s?[\d.,]+\s?(?:[KMB]\b|million|billion|thousand)?\s+(?:annual\s+|operating\s+|marketing\s+|capital\s+|program\s+)?(?:budget|P&L)", RegexOptions.CultureInvariant)]
    private static partial Regex Budget();

    [GeneratedRegex(@"(?i)\b(?:across|for|spanning|overseeing|oversaw|managed|led)\s+(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:\w+\s+)?(?:sites|stores|locations|regions|countries|states|teams|offices|clinics|hospitals|schools|warehouses|departments|branches|units|facilities|restaurants|business units)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Scope();
}
