namespace LeadQual.Engines.Llm.Credits;

/// <summary>Why a provider's credits could not be read; the API sends the code as <c>reason</c> in its 503 problem.</summary>
public static class CreditsUnavailableReasons
{
    /// <summary>No connection: refused, DNS, TLS.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>No answer within the client's timeout.</summary>
    public const string Timeout = "timeout";

    /// <summary>The provider answered with a non-2xx status.</summary>
    public const string ErrorStatus = "error_status";

    /// <summary>2xx, but not JSON, or JSON without the balance figures.</summary>
    public const string InvalidResponse = "invalid_response";
}
