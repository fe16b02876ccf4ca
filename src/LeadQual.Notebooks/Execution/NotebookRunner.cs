using System.Diagnostics;
using System.Text.Json.Nodes;
using LeadQual.Notebooks.Directives;
using LeadQual.Notebooks.Format;
using LeadQual.Notebooks.Packages;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace LeadQual.Notebooks.Execution;

/// <summary>
/// Runs a notebook headless: its code cells in order as one Roslyn script state chain rooted at the
/// notebook's folder (the working directory and the base of relative paths while it runs), with
/// <c>#r</c> directives resolved first, console text, <c>display(value)</c> and a trailing expression as
/// outputs, and the first compile error or exception written as an error output that stops the run.
/// Runs are sequential: the console and the working directory are the process's.
/// </summary>
public sealed class NotebookRunner(NotebookRunnerOptions? options = null)
{
    /// <summary>The usings a Polyglot Notebooks C# cell starts with; anything else a notebook imports itself.</summary>
    public static readonly IReadOnlyList<string> DefaultImports =
        ["System", "System.Collections", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks"];

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private readonly NotebookRunnerOptions settings = options ?? new NotebookRunnerOptions();

    public async Task<NotebookRun> RunAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        var document = await NotebookDocument.LoadAsync(full, cancellationToken).ConfigureAwait(false);
        await OneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ExecuteAsync(full, document, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task<NotebookRun> ExecuteAsync(string path, NotebookDocument document, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var folder = Path.GetDirectoryName(path)!;
        document.ClearOutputs();
        var loader = new InteractiveAssemblyLoader();
        var references = new AssemblyReferences(loader);
        var packages = new Lazy<NuGetCache>(() => new NuGetCache(settings.PackageCache ?? NuGetCache.DefaultRoot(), settings.Pins ?? PinnedPackages.FindFrom(folder)));
        var scriptOptions = ScriptOptions.Default
            .WithFilePath(path)
            .WithReferences(AssemblyReferences.Framework)
            .AddReferences(references.Add([typeof(NotebookGlobals).Assembly.Location]))
            .WithImports(DefaultImports)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(folder))
            .WithSourceResolver(new SourceFileResolver([], folder))
            .WithLanguageVersion(LanguageVersion.Latest);
        var globals = new NotebookGlobals();
        ScriptState<object>? state = null;
        var cells = document.Cells;
        var codeCells = cells.Count(c => NotebookDocument.CellType(c) == "code");
        var executed = 0;
        string? failure = null;
        var console = (Console.Out, Console.Error);
        var workingDirectory = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = folder;
            for (var index = 0; index < cells.Count && failure is null; index++)
            {
                var cell = cells[index];
                if (NotebookDocument.CellType(cell) != "code")
                {
                    continue;
                }

                executed++;
                var where = $"cell {index + 1}" + (cell["id"] is JsonValue id ? $" (id {id.GetValue<string>()})" : string.Empty);
                var outputs = new CellOutputs();
                globals.Current = outputs;
                Console.SetOut(outputs.Out);
                Console.SetError(outputs.Error);
                try
                {
                    var directives = CellDirectives.Parse(NotebookDocument.Source(cell));
                    scriptOptions = scriptOptions.AddReferences(references.Add(Resolve(directives.References, folder, packages)));
                    state = state is null
                        ? await CSharpScript.Create(directives.Code, scriptOptions, typeof(NotebookGlobals), loader).RunAsync(globals, cancellationToken: cancellationToken).ConfigureAwait(false)
                        : await state.ContinueWithAsync(directives.Code, scriptOptions, cancellationToken).ConfigureAwait(false);
                    if (state.ReturnValue is { } value && EndsWithExpression(directives.Code))
                    {
                        outputs.Result(executed, value);
                    }
                }
                catch (CompilationErrorException error)
                {
                    failure = $"{where}: {string.Join("; ", error.Diagnostics.Select(d => d.ToString()))}";
                    outputs.Fail("CompilationError", failure, [$"{where} does not compile:", .. error.Diagnostics.Select(d => d.ToString())]);
                }
                catch (NotebookException error)
                {
                    failure = $"{where}: {error.Message}";
                    outputs.Fail(nameof(NotebookException), failure, [failure]);
                }
                catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    failure = $"{where}: {error.GetType().Name}: {error.Message}";
                    outputs.Fail(error.GetType().Name, $"{where}: {error.Message}", [$"{where} threw:", .. error.ToString().ReplaceLineEndings("\n").Split('\n')]);
                }
                finally
                {
                    outputs.FlushStreams();
                    Console.SetOut(console.Out);
                    Console.SetError(console.Error);
                    globals.Current = null;
                    cell["outputs"] = new JsonArray(outputs.Items.Select(o => (JsonNode?)o).ToArray());
                    cell["execution_count"] = executed;
                }
            }
        }
        finally
        {
            Environment.CurrentDirectory = workingDirectory;
            Console.SetOut(console.Out);
            Console.SetError(console.Error);
        }

        return new NotebookRun(path, document, executed, codeCells, failure, Stopwatch.GetElapsedTime(started));
    }

    private static List<string> Resolve(IEnumerable<ReferenceDirective> directives, string folder, Lazy<NuGetCache> packages)
    {
        var files = new List<string>();
        foreach (var directive in directives)
        {
            if (directive.IsPackage)
            {
                packages.Value.Pins.Check(directive.Package!, directive.Version!);
                files.AddRange(packages.Value.Resolve(directive.Package!, directive.Version!));
                continue;
            }

            var file = Path.GetFullPath(Path.Combine(folder, directive.Path!));
            // A missing file is fine when the host already has that assembly (e.g. a Release build running a notebook that names the debug output).
            if (!File.Exists(file) && !AssemblyReferences.HostHas(Path.GetFileNameWithoutExtension(file)))
            {
                throw new NotebookException($"line {directive.Line}: {directive} not found at {file}; build the solution first (dotnet build LeadQual.sln)");
            }

            files.Add(file);
        }

        return files;
    }

    /// <summary>True when the cell ends with an expression and no semicolon: its value is the cell's result.</summary>
    private static bool EndsWithExpression(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script));
        return tree.GetCompilationUnitRoot().Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }
            && statement.SemicolonToken.IsMissing;
    }
}
