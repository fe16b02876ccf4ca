namespace LeadQual.Engines.Llm.Http;

/// <summary>
/// The provider refused or failed a request: an HTTP error status, an error object in a 200 body or in
/// a stream, or a stream cut short. <see cref="Retryable"/> says whether trying again can help; the
/// message never holds the API key.
/// </summary>
public sealed class LlmProviderException : Exception
{
    public LlmProviderException(int statusCode, string message, bool retryable, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        Retryable = retryable;
        RetryAfter = retryAfter;
    }

    public LlmProviderException()
        : this(0, "provider error", retryable: false)
    {
    }

    public LlmProviderException(string message)
        : this(0, message, retryable: false)
    {
    }

    public LlmProviderException(string message, Exception innerException)
        : this(0, message, retryable: false, null, innerException)
    {
    }

    /// <summary>HTTP status or the error object's code; 0 when the stream broke without one.</summary>
    public int StatusCode { get; }

    public bool Retryable { get; }

    /// <summary>How long the provider asked us to wait (Retry-After or x-ratelimit-reset), when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// 408, 429, 5xx and a 402 that names a time to come back are worth retrying; 400, 401, 403, 404
    /// and a plain 402 (out of credits) are not.
    /// </summary>
    public static bool IsRetryable(int status, TimeSpan? retryAfter) => status switch
    {
        402 => retryAfter is not null,
        408 or 409 or 425 or 429 => true,
        >= 500 and <= 599 => true,
        _ => false,
    };
}
