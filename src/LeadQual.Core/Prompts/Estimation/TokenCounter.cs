using Microsoft.ML.Tokenizers;

namespace LeadQual.Prompts.Estimation;

/// <summary>
/// Counts chat input tokens with the o200k_base encoding (GPT-4o / gpt-oss family), shipped in the
/// Microsoft.ML.Tokenizers.Data.O200kBase package: no download, no network. Other model families
/// tokenize differently, so counts for them are estimates.
/// </summary>
public sealed class TokenCounter
{
    /// <summary>Tokens the chat format adds per message (role and separators) and to prime the reply.</summary>
    public const int PerMessage = 3;
    public const int ReplyPriming = 3;

    private static readonly Lazy<TokenCounter> Shared = new(() => new TokenCounter());

    private readonly Tokenizer tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");

    public static TokenCounter O200k => Shared.Value;

    public string Encoding => "o200k_base";

    public int Count(string text) => tokenizer.CountTokens(text);

    /// <summary>Input tokens of a system + user chat request.</summary>
    public int CountChat(string system, string user) => Count(system) + Count(user) + (2 * PerMessage) + ReplyPriming;
}
