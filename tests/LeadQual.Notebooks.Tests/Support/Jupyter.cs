using System.Diagnostics;

namespace LeadQual.Notebooks.Tests.Support;

/// <summary>
/// Debian's Jupyter on /usr/bin/python3 with the .NET Interactive kernel registered as <c>.net-csharp</c>, as
/// <c>.ci/setup-notebooks</c> installs them. When any of it is missing the tests that need it fail saying so.
/// </summary>
internal static class Jupyter
{
    public const string Python = "/usr/bin/python3";
    public const string Kernel = ".net-csharp";

    private static readonly Lazy<string?> Missing = new(Check);

    /// <summary>Runs every cell of <paramref name="notebook"/> in the real kernel (nbconvert --execute) and returns the executed copy.</summary>
    public static ExecutedNotebook Execute(string notebook, IReadOnlyDictionary<string, string>? environment = null)
    {
        RequireInstalled();
        var output = Directory.CreateTempSubdirectory("leadqual-nbconvert-").FullName;
        var (code, text) = Run(environment, Python, "-m", "nbconvert", "--to", "notebook", "--execute",
            $"--ExecutePreprocessor.kernel_name={Kernel}", "--ExecutePreprocessor.timeout=600", "--output-dir", output, notebook);
        Assert.True(code == 0, $"nbconvert exited {code} on {notebook}:\n{Tail(text)}");
        return new ExecutedNotebook(Path.Combine(output, Path.GetFileName(notebook)));
    }

    /// <summary>An executed notebook as the page classic Jupyter shows (nbconvert's classic template, require.js included).</summary>
    public static string ToClassicHtml(string notebook)
    {
        RequireInstalled();
        var output = Directory.CreateTempSubdirectory("leadqual-nbhtml-").FullName;
        var (code, text) = Run(null, Python, "-m", "nbconvert", "--to", "html", "--template", "classic", "--output-dir", output, notebook);
        Assert.True(code == 0, $"nbconvert --to html exited {code} on {notebook}:\n{Tail(text)}");
        return Path.Combine(output, Path.ChangeExtension(Path.GetFileName(notebook), ".html"));
    }

    /// <summary>nbformat.validate on a notebook file; null when valid, else the error.</summary>
    public static string? Validate(string path)
    {
        RequireInstalled();
        var (code, text) = Run(null, Python, "-c", "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", path);
        return code == 0 ? null : text;
    }

    private static void RequireInstalled()
    {
        if (Missing.Value is { } missing)
        {
            throw new InvalidOperationException($"{missing}: run `bash .ci/setup-notebooks` (./test runs it) to install Jupyter and register the .NET Interactive kernel");
        }
    }

    private static string? Check()
    {
        try
        {
            if (Run(null, Python, "-c", "import nbconvert, nbformat, jupyter_client").Code != 0)
            {
                return $"{Python} lacks nbconvert, nbformat or jupyter_client";
            }

            var (code, specs) = Run(null, Python, "-m", "jupyter", "kernelspec", "list");
            return code == 0 && specs.Contains(Kernel, StringComparison.Ordinal) ? null : $"no Jupyter kernel named {Kernel} is registered";
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            return $"{Python} cannot be started ({error.Message})";
        }
    }

    private static (int Code, string Output) Run(IReadOnlyDictionary<string, string>? environment, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd() + stderr.Result;
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    private static string Tail(string text) => text.Length <= 6000 ? text : "…" + text[^6000..];
}
