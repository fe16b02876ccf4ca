namespace LeadQual.Notebooks.Display;

/// <summary>The mime types the runner writes.</summary>
public static class MimeTypes
{
    public const string Plotly = "application/vnd.plotly.v1+json";
    public const string Html = "text/html";
    public const string Plain = "text/plain";
}
