namespace LeadQual.FakeOpenAI;

/// <summary>The ways the fake server can misbehave on a request.</summary>
public enum FakeFaultKind
{
    /// <summary>An HTTP error status with an OpenRouter-shaped error body (and Retry-After / x-ratelimit-reset when set).</summary>
    Status,

    /// <summary>Never answers; the request waits until the client gives up.</summary>
    Hang,

    /// <summary>200 with content that is not JSON.</summary>
    InvalidJson,

    /// <summary>200 with JSON that does not match the step's schema.</summary>
    SchemaInvalid,

    /// <summary>200 with half the answer and finish_reason "length".</summary>
    Truncated,

    /// <summary>A stream that sends a chunk, then an <c>{"error":…}</c> data event.</summary>
    MidStreamError,

    /// <summary>A stream that stops halfway without <c>data: [DONE]</c>.</summary>
    CutStream,

    /// <summary>200 with a valid answer that skips the last requirement (step 3.1) or item.</summary>
    MissingItem,
}
