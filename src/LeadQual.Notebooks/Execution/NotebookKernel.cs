using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace LeadQual.Notebooks.Execution;

/// <summary>
/// The C# kernel of .NET Interactive, set up as the <c>dotnet-interactive</c> tool sets up its C# kernel for
/// Jupyter and VS Code: <c>#r "nuget: …"</c>, the kernel helpers (<c>display(…)</c>), value sharing, and HTML as
/// the default display of an object (plain text for a string).
/// </summary>
internal static class NotebookKernel
{
    public static CSharpKernel Create()
    {
        Formatter.DefaultMimeType = HtmlFormatter.MimeType;
        Formatter.SetPreferredMimeTypesFor(typeof(string), PlainTextFormatter.MimeType);
        return new CSharpKernel()
            .UseNugetDirective((kernel, references) =>
            {
                kernel.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseValueSharing();
    }
}
