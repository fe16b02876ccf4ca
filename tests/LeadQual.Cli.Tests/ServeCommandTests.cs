using LeadQual.Cli.Tests.Support;
using System.Diagnostics;
using System.Net;

namespace LeadQual.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_OnALoopbackPort_AnswersWithTheEngineNamed()
    {
        var folder = Directory.CreateTempSubdirectory("leadqual-serve-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "leadqual.dll"), "serve", "--urls", ServeBanner.AnyLoopbackPort, "--db", Path.Combine(folder, "leadqual.db") })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            var banner = await ProcessOutput.ReadUntilAsync(process.StandardOutput, "leadqual serve:", TimeSpan.FromSeconds(30));
            var address = ServeBanner.Address(banner);
            Assert.Contains("engine offline", banner, StringComparison.Ordinal);

            using var client = new HttpClient();
            var response = await client.GetAsync(new Uri(address, "/openrouter_credits"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"unavailable\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}
