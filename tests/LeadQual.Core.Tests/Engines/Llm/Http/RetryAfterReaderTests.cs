using LeadQual.Engines.Llm.Http;

namespace LeadQual.Core.Tests.Engines.Llm.Http;

public sealed class RetryAfterReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 15, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("7", 7)]
    [InlineData("1.5s", 1.5)]
    [InlineData("250ms", 0.25)]
    public void Parse_Durations_AreSecondsToWait(string value, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfterReader.Parse(value, Now));

    [Fact]
    public void Parse_EpochMilliseconds_IsTheTimeUntilThen() =>
        Assert.Equal(TimeSpan.FromSeconds(5), RetryAfterReader.Parse(Now.AddSeconds(5).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), Now));

    [Fact]
    public void Parse_ResetInThePast_IsNoWait() =>
        Assert.Equal(TimeSpan.Zero, RetryAfterReader.Parse(Now.AddSeconds(-30).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), Now));

    [Theory]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(402, false)]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    public void IsRetryable_ByStatus(int status, bool retryable) => Assert.Equal(retryable, LlmProviderException.IsRetryable(status, null));

    [Fact]
    public void IsRetryable_402WithRetryAfter_IsRetried() => Assert.True(LlmProviderException.IsRetryable(402, TimeSpan.FromSeconds(10)));
}
