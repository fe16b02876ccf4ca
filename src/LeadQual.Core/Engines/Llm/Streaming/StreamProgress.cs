using Microsoft.Extensions.AI;

namespace LeadQual.Engines.Llm.Streaming;

/// <summary>
/// One step of a streamed answer: the text just received, how much has arrived so far, and — on the
/// last item only — the whole response with its finish reason and usage.
/// </summary>
public sealed record StreamProgress(string Delta, int Characters, ChatResponse? Response = null)
{
    public bool Completed => Response is not null;
}
