namespace LeadQual.Engines.Llm.Tracking;

/// <summary>Replaces an API key (and its bearer form) in any text that may be logged, stored or thrown.</summary>
public sealed class SecretRedactor(string? secret)
{
    public const string Mask = "[redacted]";

    public string Redact(string text) =>
        string.IsNullOrEmpty(secret) || secret.Length < 4 ? text : text.Replace(secret, Mask, StringComparison.Ordinal);

    public string? RedactOrNull(string? text) => text is null ? null : Redact(text);
}
