using System.Diagnostics;

namespace LeadQual.Evaluation.Tests.Support;

/// <summary>
/// Debian's chromium run headless on a local file, with a fresh profile and no background networking.
/// Missing chromium is a test failure, not a skip: .ci/setup installs it.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly string _profile = Directory.CreateTempSubdirectory("leadqual-chromium-").FullName;

    public HeadlessChromium()
    {
        Executable = Find() ?? throw new InvalidOperationException(
            "chromium was not found on PATH (nor in LEADQUAL_CHROMIUM). The browser test of report.html needs Debian's chromium: run `bash .ci/setup` (it runs `apt-get install -y chromium`).");
    }

    public string Executable { get; }

    public async Task<string> ScreenshotAsync(string htmlFile, string png)
    {
        await RunAsync($"--screenshot={png}", htmlFile);
        return png;
    }

    public Task<string> DumpDomAsync(string htmlFile) => RunAsync("--dump-dom", htmlFile);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // chromium may still hold a lock file for a moment; the temp folder is cleaned by the OS.
        }
    }

    private async Task<string> RunAsync(string action, string htmlFile)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={_profile}", "--window-size=1400,4000", "--virtual-time-budget=10000",
            action, new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium {action} did not finish within {Timeout.TotalSeconds} s: {await error}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chromium {action} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("LEADQUAL_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => new[] { "chromium", "chromium-browser" }.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}
