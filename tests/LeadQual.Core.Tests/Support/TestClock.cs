using Microsoft.Extensions.Time.Testing;

namespace LeadQual.Core.Tests.Support;

/// <summary>A clock fixed in November 2026, so "Present" means the same thing in every test run.</summary>
public static class TestClock
{
    public static FakeTimeProvider November2026() => new(new DateTimeOffset(2026, 11, 15, 12, 0, 0, TimeSpan.Zero));
}
