using System.Diagnostics;
using LeadQual.Notebooks.Format;
using Microsoft.DotNet.Interactive;

namespace LeadQual.Notebooks.Execution;

/// <summary>
/// Runs a notebook headless in .NET Interactive's own C# kernel, in this process: its code cells in order, each
/// submitted to one kernel as Jupyter or VS Code would submit it, with the notebook's folder as the working
/// directory (so its relative <c>#r</c> and file paths resolve as they do there). The kernel's outputs become
/// the cells' outputs; the first failure (a compile error or an exception) is written as an error output naming
/// the cell, and the run stops there, as "Run All" does.
/// </summary>
/// <remarks>
/// What the kernel does not do and this class does: read the file and write it back with outputs, stop at the first
/// failure, set the working directory, count charts and tables. Runs are sequential (the working directory is the
/// process's).
/// </remarks>
public sealed class NotebookRunner
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <exception cref="NotebookException">The file cannot be read or is not a notebook.</exception>
    public async Task<NotebookRun> RunAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        var document = await NotebookFile.ReadAsync(full, cancellationToken).ConfigureAwait(false);
        await OneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        var workingDirectory = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = Path.GetDirectoryName(full)!;
            return await ExecuteAsync(full, document, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Environment.CurrentDirectory = workingDirectory;
            OneAtATime.Release();
        }
    }

    private static async Task<NotebookRun> ExecuteAsync(string path, Microsoft.DotNet.Interactive.Documents.InteractiveDocument document, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var cells = NotebookFile.CodeCells(document).ToList();
        foreach (var cell in cells)
        {
            cell.Outputs.Clear();
            cell.ExecutionOrder = 0;
        }

        using var kernel = NotebookKernel.Create();
        var executed = 0;
        string? failure = null;
        for (var index = 0; index < cells.Count && failure is null; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cell = cells[index];
            executed++;
            var where = $"cell {document.Elements.IndexOf(cell) + 1}" + (string.IsNullOrEmpty(cell.Id) ? string.Empty : $" (id {cell.Id})");
            var result = await kernel.SubmitCodeAsync(cell.Contents).ConfigureAwait(false);
            var (outputs, failed) = CellOutputs.From(result.Events, executed, where);
            cell.Outputs.AddRange(outputs);
            cell.ExecutionOrder = executed;
            failure = failed;
        }

        return new NotebookRun(path, document, executed, cells.Count, failure, Stopwatch.GetElapsedTime(started));
    }
}
