namespace LeadQual.FakeOpenAI;

/// <summary>One scripted misbehaviour, consumed by one chat request.</summary>
public sealed record FakeFault(FakeFaultKind Kind, int Status = 0, int? RetryAfterSeconds = null, string? RateLimitReset = null)
{
    public static FakeFault Http(int status, int? retryAfterSeconds = null, string? rateLimitReset = null) => new(FakeFaultKind.Status, status, retryAfterSeconds, rateLimitReset);

    public static FakeFault Hang { get; } = new(FakeFaultKind.Hang);

    public static FakeFault InvalidJson { get; } = new(FakeFaultKind.InvalidJson);

    public static FakeFault SchemaInvalid { get; } = new(FakeFaultKind.SchemaInvalid);

    public static FakeFault Truncated { get; } = new(FakeFaultKind.Truncated);

    public static FakeFault MidStreamError { get; } = new(FakeFaultKind.MidStreamError);

    public static FakeFault CutStream { get; } = new(FakeFaultKind.CutStream);

    public static FakeFault MissingItem { get; } = new(FakeFaultKind.MissingItem);
}
