using System.Text;
using System.Text.Json.Nodes;
using LeadQual.Notebooks.Display;
using LeadQual.Notebooks.Format;

namespace LeadQual.Notebooks.Execution;

/// <summary>
/// The outputs of the running cell in the order they happened: console text is buffered and written as a
/// stream output whenever something is displayed in between, so text and charts interleave as in Jupyter.
/// </summary>
internal sealed class CellOutputs
{
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();

    public List<JsonObject> Items { get; } = [];

    public TextWriter Out => new BufferWriter(this, stdout);

    public TextWriter Error => new BufferWriter(this, stderr);

    public void Display(object? value)
    {
        lock (this)
        {
            FlushStreams();
            Items.Add(NotebookOutputs.DisplayData(DisplayFormatter.Format(value)));
        }
    }

    public void Result(int executionCount, object value)
    {
        lock (this)
        {
            FlushStreams();
            Items.Add(NotebookOutputs.ExecuteResult(executionCount, DisplayFormatter.Format(value)));
        }
    }

    public void Fail(string name, string message, IEnumerable<string> traceback)
    {
        lock (this)
        {
            FlushStreams();
            Items.Add(NotebookOutputs.Error(name, message, traceback));
        }
    }

    public void FlushStreams()
    {
        lock (this)
        {
            Flush("stdout", stdout);
            Flush("stderr", stderr);
        }
    }

    private void Flush(string name, StringBuilder buffer)
    {
        if (buffer.Length > 0)
        {
            Items.Add(NotebookOutputs.Stream(name, buffer.ToString()));
            buffer.Clear();
        }
    }

    private sealed class BufferWriter(CellOutputs owner, StringBuilder buffer) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (owner)
            {
                buffer.Append(value);
            }
        }

        public override void Write(string? value)
        {
            lock (owner)
            {
                buffer.Append(value);
            }
        }
    }
}
