namespace LeadQual.Prompts;

/// <summary>A prompt could not be found, read or rendered (the seed's <c>prompt_configuration_error</c>).</summary>
public sealed class PromptException : Exception
{
    public PromptException()
    {
    }

    public PromptException(string message)
        : base(message)
    {
    }

    public PromptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
