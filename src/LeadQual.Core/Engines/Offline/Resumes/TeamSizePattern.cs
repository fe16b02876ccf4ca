using System.Globalization;
using System.Text.RegularExpressions;

namespace LeadQual.Engines.Offline.Resumes;

/// <summary>Finds stated team sizes: "managed a team of 6", "led 4 engineers", "12 direct reports", "supervised a crew of eight".</summary>
public static partial class TeamSizePattern
{
    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    public static int? Find(string line)
    {
        foreach (var pattern in new[] { LedCount(), TeamOf(), DirectReports() })
        {
            var match = pattern.Match(line);
            if (match.Success)
            {
                var raw = match.Groups["n"].Value.ToLowerInvariant();
                var n = Array.IndexOf(Words, raw) is var i and >= 0 ? i : int.Parse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture);
                if (n is > 0 and < 5000)
                {
                    return n;
                }
            }
        }

        return null;
    }

    private const string Number = @"(?<n>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";

    [GeneratedRegex(@"(?i)\b(manag(ed|ing|e)|le(d|ad|ading)|supervis(ed|ing|e)|direct(ed|ing)|overs(aw|ee|eeing)|head(ed|ing)|built and led|coach(ed|ing))\b[^.;]{0,30}?\b(team|staff|crew|group|department|squad|org(anization)?)\s+of\s+(up to\s+)?" + Number + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex TeamOf();

    [GeneratedRegex(@"(?i)\b(manag(ed|ing|e)|le(d|ad|ading)|supervis(ed|ing|e)|direct(ed|ing)|overs(aw|ee|eeing)|head(ed|ing)|mentor(ed|ing)?|coach(ed|ing))\s+(a\s+)?(team\s+of\s+)?" + Number + @"\+?\s+(\w+[\s-]){0,3}?(engineers|developers|analysts|nurses|staff|people|employees|reps|representatives|associates|technicians|electricians|designers|accountants|recruiters|teachers|members|reports|drivers|workers|agents|specialists|managers|scientists|paralegals|attorneys|marketers|apprentices|aides|techs|person|direct reports|fte|ftes|hires|interns|contractors)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LedCount();

    [GeneratedRegex(@"(?i)\b" + Number + @"\+?\s+direct\s+reports\b|\b" + Number + @"[\s-](person|member|people)(\s+[\w-]+){0,3}?\s+(team|staff|crew|department|pod|squad|organization|org|unit)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DirectReports();
}
