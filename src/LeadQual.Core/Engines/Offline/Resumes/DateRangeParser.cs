using System.Globalization;
using System.Text.RegularExpressions;

namespace LeadQual.Engines.Offline.Resumes;

/// <summary>
/// Finds role date ranges as people write them: "Jan 2019 – Present", "2016-2019", "03/2020 to 06/2023",
/// "2021.04 - 2023.01", "Summer 2024". "Present" is today by the injected clock.
/// </summary>
public static partial class DateRangeParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateRange? Find(string line, MonthDate today)
    {
        var match = Range().Match(line);
        if (match.Success)
        {
            var start = ParseDate(match.Groups["start"].Value, isEnd: false);
            var endText = match.Groups["end"].Value;
            var current = CurrentWord().IsMatch(endText);
            var end = current ? today : ParseDate(endText, isEnd: true);
            if (start is { } s && end is { } e && e >= s && s.Year > 1950 && s <= today)
            {
                return new DateRange(s, e > today ? today : e, current, match.Value.Trim());
            }
        }

        var season = Season().Match(line);
        if (season.Success)
        {
            var year = int.Parse(season.Groups["year"].Value, CultureInfo.InvariantCulture);
            var startMonth = season.Groups["season"].Value.ToLowerInvariant() switch
            {
                "spring" => 3,
                "summer" => 6,
                "fall" or "autumn" => 9,
                _ => 12,
            };
            var start = new MonthDate(year, startMonth);
            return start <= today ? new DateRange(start, new MonthDate(year + (startMonth == 12 ? 1 : 0), startMonth == 12 ? 3 : startMonth + 3), false, season.Value) : null;
        }

        return null;
    }

    private static MonthDate? ParseDate(string text, bool isEnd)
    {
        text = text.Trim().TrimEnd('.');
        var named = NamedMonth().Match(text);
        if (named.Success)
        {
            var month = Array.FindIndex(Months, m => named.Groups["month"].Value.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;
            return new MonthDate(Year(named.Groups["year"].Value), month);
        }

        var numeric = NumericMonth().Match(text);
        if (numeric.Success)
        {
            var first = int.Parse(numeric.Groups["a"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(numeric.Groups["b"].Value, CultureInfo.InvariantCulture);
            // "03/2020" (month first) and "2020-03" / "2021.04" (year first).
            return first > 12 ? new MonthDate(first, Math.Clamp(second, 1, 12)) : new MonthDate(Year(numeric.Groups["b"].Value), Math.Clamp(first, 1, 12));
        }

        var year = YearOnly().Match(text);
        if (year.Success)
        {
            // A bare year counts from its January, so "2016–2019" is three years as a reader counts it.
            return new MonthDate(Year(year.Value), 1);
        }

        return null;
    }

    private static int Year(string text)
    {
        var value = int.Parse(text, CultureInfo.InvariantCulture);
        return value < 100 ? 2000 + value : value;
    }

    private const string DatePattern = @"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+'?\d{2,4}|\d{1,2}\s*/\s*(?:19|20)\d{2}|(?:19|20)\d{2}\s*[-./]\s*\d{1,2}(?!\d)|\d{1,2}\s*/\s*\d{2}(?!\d)|(?:19|20)\d{2})";

    [GeneratedRegex(@"(?i)(?<start>" + DatePattern + @")\s*(?:-|–|—|−|to|until|through|thru|~)\s*(?<end>" + DatePattern + @"|present|current|now|today|ongoing|date)", RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    [GeneratedRegex(@"(?i)^(present|current|now|today|ongoing|date)$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrentWord();

    [GeneratedRegex(@"(?i)(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+'?(?<year>\d{2,4})", RegexOptions.CultureInvariant)]
    private static partial Regex NamedMonth();

    [GeneratedRegex(@"^(?<a>\d{1,4})\s*[-./]\s*(?<b>\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericMonth();

    [GeneratedRegex(@"(?:19|20)\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"(?i)\b(?<season>spring|summer|fall|autumn|winter)\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Season();
}
