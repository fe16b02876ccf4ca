namespace LeadQual.Notebooks;

/// <summary>A notebook that cannot be read or run as written: a bad file, an unknown package, a missing assembly.</summary>
public sealed class NotebookException : Exception
{
    public NotebookException()
    {
    }

    public NotebookException(string message)
        : base(message)
    {
    }

    public NotebookException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
