namespace LeadQual.Cli.Tests.Support;

/// <summary>Reads a started process's output until a line says what the test waits for.</summary>
public static class ProcessOutput
{
    public static async Task<string> ReadUntilAsync(StreamReader reader, string marker, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (await reader.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.Contains(marker, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new InvalidOperationException($"the server ended before printing '{marker}'");
    }
}
