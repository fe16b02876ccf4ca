using System.Globalization;

namespace LeadQual.Api.Endpoints;

/// <summary>The <c>days_back</c> and <c>limit</c> query parameters, validated: integers in range or a 400 naming the parameter.</summary>
public sealed record Window(int DaysBack, int Limit)
{
    public const int DefaultDaysBack = 5;
    public const int MaxDaysBack = 3650;
    public const int DefaultLimit = 300;
    public const int MaxLimit = 1000;

    public DateTimeOffset Since(TimeProvider clock) => clock.GetUtcNow().AddDays(-DaysBack);

    public static bool TryParse(string? daysBack, string? limit, out Window window, out IResult problem)
    {
        window = new Window(DefaultDaysBack, DefaultLimit);
        problem = Results.Empty;
        if (!TryRange(daysBack, DefaultDaysBack, 0, MaxDaysBack, out var days))
        {
            problem = ApiProblems.BadRequest($"days_back must be an integer from 0 to {MaxDaysBack}, got '{daysBack}'");
            return false;
        }

        if (!TryRange(limit, DefaultLimit, 1, MaxLimit, out var count))
        {
            problem = ApiProblems.BadRequest($"limit must be an integer from 1 to {MaxLimit}, got '{limit}'");
            return false;
        }

        window = new Window(days, count);
        return true;
    }

    private static bool TryRange(string? raw, int fallback, int min, int max, out int value)
    {
        if (string.IsNullOrEmpty(raw))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }
}
