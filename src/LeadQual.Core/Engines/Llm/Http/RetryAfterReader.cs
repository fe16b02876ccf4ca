using System.Globalization;
using System.Net.Http.Headers;

namespace LeadQual.Engines.Llm.Http;

/// <summary>
/// How long a provider asked us to wait: <c>Retry-After</c> (seconds or an HTTP date), else
/// <c>x-ratelimit-reset</c> (epoch milliseconds as OpenRouter sends it, epoch seconds, or seconds to wait).
/// </summary>
public static class RetryAfterReader
{
    public static TimeSpan? Read(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return NotNegative(delta);
            }

            if (retryAfter.Date is { } date)
            {
                return NotNegative(date - now);
            }
        }

        foreach (var name in new[] { "x-ratelimit-reset", "x-ratelimit-reset-requests" })
        {
            if (headers.TryGetValues(name, out var values) && Parse(values.FirstOrDefault(), now) is { } wait)
            {
                return wait;
            }
        }

        return null;
    }

    public static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.EndsWith("ms", StringComparison.Ordinal) && double.TryParse(text[..^2], NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
        {
            return NotNegative(TimeSpan.FromMilliseconds(ms));
        }

        if (text.EndsWith('s') && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var s))
        {
            return NotNegative(TimeSpan.FromSeconds(s));
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return number switch
        {
            > 1e12 => NotNegative(DateTimeOffset.FromUnixTimeMilliseconds((long)number) - now),
            > 1e9 => NotNegative(DateTimeOffset.FromUnixTimeSeconds((long)number) - now),
            _ => NotNegative(TimeSpan.FromSeconds(number)),
        };
    }

    private static TimeSpan NotNegative(TimeSpan value) => value < TimeSpan.Zero ? TimeSpan.Zero : value;
}
