using System.Globalization;
using LeadQual.Engines.Llm.Streaming;

namespace LeadQual.Cli.Rendering;

/// <summary>
/// <c>--stream</c> progress on stderr: a line every 2,000 characters received and one when an answer completes,
/// so a long profile answer shows it is arriving without mixing into the printed result.
/// </summary>
public sealed class StreamProgressLine(TextWriter error) : IProgress<StreamProgress>
{
    private const int Every = 2000;
    private readonly Lock gate = new();
    private int lastReported;

    public void Report(StreamProgress value)
    {
        lock (gate)
        {
            if (value.Completed)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"streamed: answer complete, {value.Characters:N0} characters ({value.Response?.ModelId ?? "model not named"})"));
                lastReported = 0;
            }
            else if (value.Characters - lastReported >= Every)
            {
                lastReported = value.Characters;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"streaming: {value.Characters:N0} characters received"));
            }
        }
    }
}
