using LeadQual.FakeOpenAI;
using LeadQual.Notebooks.Execution;
using LeadQual.Notebooks.Tests.Support;

namespace LeadQual.Notebooks.Tests;

/// <summary>
/// The quick start with <c>LEADQUAL_ENGINE=llm</c> against the fake OpenAI-compatible server on 127.0.0.1 (its
/// answers are the offline engine's): the one engine cell switches the whole notebook, and every chart and
/// table names the LLM engine and its model, never the offline engine.
/// </summary>
public sealed class LlmNotebookTests
{
    [Fact]
    public async Task Quickstart_LlmEngineFromTheEnvironment_RunsOnTheServerAndNamesItsModel()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var variables = new Dictionary<string, string?>
        {
            ["LEADQUAL_ENGINE"] = "llm",
            ["LEADQUAL_LLM_BASE_URL"] = server.BaseUrl.ToString(),
            ["LEADQUAL_LLM_MODEL"] = "test/model",
        };
        // The in-process kernel reads the process's environment; this assembly's tests run one at a time.
        var saved = variables.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        try
        {
            foreach (var (name, value) in variables)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            var run = await new NotebookRunner().RunAsync(Path.Combine(Repository.Notebooks, "01-quickstart.ipynb"));
            var executed = await ExecutedNotebook.SaveAsync(run);

            Assert.True(run.Succeeded, run.Failure);
            Assert.NotEmpty(server.ChatRequests);
            var title = Assert.Single(executed.ChartTitles);
            // The assessment names the model asked for (LEADQUAL_LLM_MODEL), as leadqual assess does.
            Assert.EndsWith(" · llm · test/model", title, StringComparison.Ordinal);
            Assert.DoesNotContain(NotebookExpectations.Offline, title, StringComparison.Ordinal);
            Assert.Contains(executed.TableCaptions, c => c.EndsWith(" · llm · test/model", StringComparison.Ordinal));
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
