namespace LeadQual.Engines.Offline.Resumes;

/// <summary>
/// Years of experience from date ranges, overlapping roles merged so concurrent jobs count once. Months
/// count inclusively, as a reader does: "Jan 2020 – Dec 2021" is 24 months.
/// </summary>
public static class ExperienceCalculator
{
    public static double Years(IEnumerable<DateRange> ranges)
    {
        var ordered = ranges.OrderBy(r => r.Start.Index).ToList();
        var months = 0;
        int? start = null;
        var end = 0;
        foreach (var range in ordered)
        {
            if (start is null || range.Start.Index > end)
            {
                if (start is { } s)
                {
                    months += end - s;
                }

                start = range.Start.Index;
                end = range.End.Index + 1;
            }
            else
            {
                end = Math.Max(end, range.End.Index + 1);
            }
        }

        if (start is { } last)
        {
            months += end - last;
        }

        return Math.Round(months / 12.0, 1);
    }
}
