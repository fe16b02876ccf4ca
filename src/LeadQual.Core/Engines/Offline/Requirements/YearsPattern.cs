using System.Globalization;
using System.Text.RegularExpressions;

namespace LeadQual.Engines.Offline.Requirements;

/// <summary>Finds "5+ years of X experience", "at least three years", "2-4 years" and returns the minimum and the domain words.</summary>
public static partial class YearsPattern
{
    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"];

    public static YearsMention? Find(string text)
    {
        var months = Months().Match(text);
        if (months.Success && !Years().IsMatch(text))
        {
            // "6+ months of experience in a warehouse": the same requirement in months.
            var monthsDomain = DomainNoise().Replace(months.Groups["domain"].Value, " ");
            return new YearsMention(
                Math.Round(double.Parse(months.Groups["n"].Value, CultureInfo.InvariantCulture) / 12, 2),
                string.Join(' ', monthsDomain.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', '.', '-'),
                months.Index,
                months.Index + months.Length);
        }

        var match = Years().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var raw = match.Groups["n"].Value.ToLowerInvariant();
        var years = raw == "a" ? 1 : Array.IndexOf(NumberWords, raw) is var i and >= 0 ? i : double.Parse(raw, CultureInfo.InvariantCulture);
        var domain = (match.Groups["pre"].Value + " " + match.Groups["post"].Value).Trim();
        domain = DomainNoise().Replace(domain, " ");
        domain = string.Join(' ', domain.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', '.', '-');
        return new YearsMention(years, domain, match.Index, match.Index + match.Length);
    }

    // Three shapes: "5+ years of data analysis experience (with X)", "5 years of Python" / "3 years in retail", and a bare "5+ years".
    [GeneratedRegex(@"(?i)(?:at\s+least\s+|minimum\s+(?:of\s+)?|over\s+|more\s+than\s+)?(?<n>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|a)\s*(?:\(\d+\)\s*)?(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?(?:\+\s*)?years?['’]?(?:\s+(?:of\s+)?(?<pre>(?:(?!experience\b)[\w/&+#.,'’-]+\s+){0,6}?)(?:experience|exp\.?)\b(?:\s+(?:(?:in|with|as|of|using|on|doing|working|within|at|across)\s+|(?=\w+ing\b))(?<post>[^.;:()]{0,80}))?|\s+(?:of|in|with|as|doing|using|working(?:\s+(?:in|with|as))?)\s+(?:an?\s+)?(?<post>[^.;:()]{1,80})|)", RegexOptions.CultureInvariant)]
    private static partial Regex Years();

    [GeneratedRegex(@"(?i)(?<n>\d{1,2})\s*\+?\s*months?\s+(?:of\s+)?(?:[\w-]+\s+)?(?:experience|exp\.?)?\s*(?:in|with|as|at)?\s*(?:an?\s+)?(?<domain>[^.;:()]{0,80})", RegexOptions.CultureInvariant)]
    private static partial Regex Months();

    [GeneratedRegex(@"(?i)\b(professional|relevant|hands-on|progressive|related|direct|industry|work|working|experience|of|in|with|the|a|an|preferred|required|or more|or|more|minimum|plus|including|is|are)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DomainNoise();
}
