namespace LeadQual.Engines.Llm.Credits;

/// <summary>
/// A provider's credits could not be read (<see cref="CreditsUnavailableReasons"/>). The message is one line,
/// names the endpoint, and never holds the API key.
/// </summary>
public sealed class CreditsUnavailableException : Exception
{
    public CreditsUnavailableException(string provider, string reason, string message, Exception? inner = null)
        : base(message, inner)
    {
        Provider = provider;
        Reason = reason;
    }

    /// <summary>The provider asked, e.g. <c>openrouter</c>.</summary>
    public string Provider { get; }

    /// <summary>One of <see cref="CreditsUnavailableReasons"/>.</summary>
    public string Reason { get; }
}
