namespace LeadQual.Notebooks.Execution;

/// <summary>
/// What a cell sees besides its own code: <c>display(value)</c>, as in Polyglot Notebooks. A displayed value
/// becomes an output of the running cell (charts, tables, text).
/// </summary>
public sealed class NotebookGlobals
{
    internal CellOutputs? Current { get; set; }

    /// <summary>Shows a value as an output of the running cell.</summary>
#pragma warning disable IDE1006 // lower case as in Polyglot Notebooks, so a cell runs unchanged in both
    public void display(object? value) => (Current ?? throw new InvalidOperationException("display() called outside a running cell")).Display(value);
#pragma warning restore IDE1006
}
