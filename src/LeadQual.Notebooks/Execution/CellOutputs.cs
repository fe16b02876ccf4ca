using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace LeadQual.Notebooks.Execution;

/// <summary>The kernel's events for one submitted cell as the cell's outputs, in the order Jupyter would show them.</summary>
internal static class CellOutputs
{
    /// <param name="where">How the failure names the cell ("cell 4 (id …)").</param>
    public static (List<InteractiveDocumentOutputElement> Outputs, string? Failure) From(IEnumerable<KernelEvent> events, int executionOrder, string where)
    {
        var outputs = new List<InteractiveDocumentOutputElement>();
        string? failure = null;
        foreach (var kernelEvent in events)
        {
            switch (kernelEvent)
            {
                case StandardOutputValueProduced text:
                    outputs.Add(new TextElement(PlainText(text.FormattedValues), "stdout"));
                    break;
                case StandardErrorValueProduced text:
                    outputs.Add(new TextElement(PlainText(text.FormattedValues), "stderr"));
                    break;
                case ReturnValueProduced value:
                    var result = new ReturnValueElement { ExecutionOrder = executionOrder };
                    Fill(result.Data, value.FormattedValues);
                    outputs.Add(result);
                    break;
                case DisplayEvent display:
                    outputs.Add(new DisplayElement(Data(display.FormattedValues)));
                    break;
                case CommandFailed failed:
                    failure = $"{where}: {(failed.Exception is { } thrown ? $"{thrown.GetType().Name}: {thrown.Message}" : failed.Message)}";
                    // The document writer (1.0.0-beta.26120.1) writes the first argument as evalue and the second as ename.
                    outputs.Add(new ErrorElement(failure, failed.Exception?.GetType().Name ?? "Error",
                        (failed.Exception?.ToString() ?? failed.Message).ReplaceLineEndings("\n").Split('\n')));
                    break;
            }
        }

        return (outputs, failure);
    }

    private static string PlainText(IEnumerable<FormattedValue> values) =>
        string.Concat(values.Where(v => v.MimeType == PlainTextFormatter.MimeType).Select(v => v.Value));

    private static Dictionary<string, object> Data(IEnumerable<FormattedValue> values)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        Fill(data, values);
        return data;
    }

    private static void Fill(IDictionary<string, object> data, IEnumerable<FormattedValue> values)
    {
        foreach (var value in values.Where(v => !v.SuppressDisplay))
        {
            data[value.MimeType] = value.Value;
        }
    }
}
