using System.Text;
using LeadQual.Cli.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace LeadQual.Cli.Tests;

/// <summary>
/// .github/workflows/prompt-eval.yml cannot run here (no provider, no GitHub). This checks that it parses,
/// triggers on prompt changes, skips visibly without the key, and that every command its steps run exists —
/// the leadqual ones run for real, in order, against the fake server, and produce the files the later steps read.
/// </summary>
public sealed class PromptEvalWorkflowTests : IAsyncLifetime
{
    private static readonly string Root = CliRunner.RepositoryRoot();

    // Shell words the steps use that are not programs.
    private static readonly HashSet<string> ShellWords = ["if", "then", "else", "fi", "echo"];

    private FakeServerWorkspace workspace = null!;

    private static YamlMappingNode Workflow()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, ".github", "workflows", "prompt-eval.yml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static IReadOnlyList<YamlMappingNode> Steps() =>
        ((YamlSequenceNode)Map(Map(Map(Workflow(), "jobs"), "prompt-eval"), "steps")).Children.Cast<YamlMappingNode>().ToList();

    public async Task InitializeAsync() => workspace = await FakeServerWorkspace.StartAsync("leadqual-cli-workflow-");

    public async Task DisposeAsync() => await workspace.DisposeAsync();

    [Fact]
    public void Workflow_Parses_RunsOnPullRequestsTouchingPromptsAndSkipsVisiblyWithoutTheKey()
    {
        var paths = (YamlSequenceNode)Map(Map(Map(Workflow(), "on"), "pull_request"), "paths");
        Assert.Equal(["prompts/**"], paths.Children.Select(p => p.ToString()));

        var steps = Steps();
        var key = steps.Single(s => Text(s, "id") == "key");
        Assert.Equal("${{ secrets.OPENROUTER_API_KEY }}", Text(Map(key, "env"), "OPENROUTER_API_KEY"));
        Assert.Contains("skipped", Text(key, "run"), StringComparison.Ordinal);
        Assert.Contains("GITHUB_STEP_SUMMARY", Text(key, "run"), StringComparison.Ordinal);

        // Everything after the key check runs only with the key.
        var after = steps.SkipWhile(s => s != key).Skip(1).ToList();
        Assert.NotEmpty(after);
        Assert.All(after, s => Assert.Equal("steps.key.outputs.present == 'true'", Text(s, "if")));

        var uses = steps.Select(s => Text(s, "uses")).OfType<string>().ToList();
        Assert.Equal(["actions/checkout@v4", "actions/setup-dotnet@v4", "actions/cache@v4", "actions/upload-artifact@v4"], uses);
        var cache = steps.Single(s => Text(s, "uses") == "actions/cache@v4");
        Assert.Equal(Environment(Workflow())["LEADQUAL_DB"].Split('/')[0], Text(Map(cache, "with"), "path"));
        Assert.Contains(Text(Map(steps.Single(s => Text(s, "uses") == "actions/upload-artifact@v4"), "with"), "path")!.Split('\n'), p => p.EndsWith("report.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Workflow_EveryCommandItRuns_ExistsAndTheLeadQualOnesWorkAgainstTheFakeServer()
    {
        var env = Environment(Workflow());
        // The CLI the workflow names is this build's: same assembly, its configuration's folder.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "release" : "debug";
        Assert.True(File.Exists(Path.Combine(Root, env["LEADQUAL"].Split(' ')[1].Replace("/release/", $"/{configuration}/", StringComparison.Ordinal))), env["LEADQUAL"]);

        var temp = workspace.Folder;
        var data = EvalDataSubset.Copy(Path.Combine(temp, "eval-data"));
        var leadqualRuns = 0;
        foreach (var step in Steps())
        {
            if (Text(step, "run") is not { } script)
            {
                continue;
            }

            foreach (var line in LogicalLines(script))
            {
                var words = Words(line);
                if (words[0] is "$LEADQUAL" or "$MAIN_LEADQUAL")
                {
                    var args = words.Skip(1).Select(w => Rewrite(w, env, temp, data)).ToList();
                    if (args.Contains("llm"))
                    {
                        args.AddRange(["--base-url", workspace.Server.BaseUrl.ToString()]);
                    }

                    var (code, output, error) = await CliRunner.RunAsync(new Dictionary<string, string> { ["OPENROUTER_API_KEY"] = "sk-or-test-key" }, [.. args]);
                    Assert.True(code == 0, $"{line}\n{error}{output}");
                    leadqualRuns++;
                }
                else if (words[0] == "cat")
                {
                    Assert.True(File.Exists(Rewrite(words[1], env, temp, data)), $"{line}: the file it reads was not written by the steps before");
                }
                else if (!ShellWords.Contains(words[0]))
                {
                    Assert.True(OnPath(words[0]), $"{line}: {words[0]} is not a program on PATH");
                }
            }
        }

        Assert.Equal(3, leadqualRuns);
        Assert.NotEmpty(workspace.Server.ChatRequests);
        var upload = Text(Map(Steps().Single(s => Text(s, "uses") == "actions/upload-artifact@v4"), "with"), "path")!;
        foreach (var path in upload.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Assert.True(File.Exists(Rewrite(path, env, temp, data)), $"upload path {path} was not written");
        }

        var comparison = await File.ReadAllTextAsync(Rewrite("artifacts/eval/compare.md", env, temp, data));
        Assert.Contains("| assessment.accuracy |", comparison, StringComparison.Ordinal);
        Assert.Contains("no detectable change", comparison, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Environment(YamlMappingNode workflow) =>
        ((YamlMappingNode)Map(workflow, "env")).Children.ToDictionary(e => e.Key.ToString(), e => e.Value.ToString());

    // Paths in the workflow are relative to the checkout; here they go to the test's folder, and eval-data to its copy.
    private static string Rewrite(string word, IReadOnlyDictionary<string, string> env, string temp, string data)
    {
        var expanded = word == "\"$LEADQUAL_DB\"" || word == "$LEADQUAL_DB" ? env["LEADQUAL_DB"] : word.Trim('"');
        return expanded == "eval-data" ? data
            : expanded.StartsWith("artifacts/", StringComparison.Ordinal) || expanded.StartsWith(".leadqual-cache/", StringComparison.Ordinal) ? Path.Combine(temp, expanded)
            : expanded;
    }

    private static IEnumerable<string> LogicalLines(string script)
    {
        var line = new StringBuilder();
        foreach (var raw in script.Split('\n'))
        {
            var text = raw.Trim();
            if (text.EndsWith('\\'))
            {
                line.Append(text[..^1]).Append(' ');
                continue;
            }

            line.Append(text);
            if (line.Length > 0)
            {
                yield return line.ToString();
            }

            line.Clear();
        }
    }

    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                word.Append(c);
            }
            else if (c == ' ' && !quoted)
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
            else
            {
                word.Append(c);
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static bool OnPath(string program) =>
        (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, program)));

    private static YamlNode Map(YamlNode node, string key) => ((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    private static string? Text(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? value.ToString() : null;
}
