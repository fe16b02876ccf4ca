using System.Diagnostics;

namespace LeadQual.Notebooks.Tests.Support;

/// <summary>Debian's python3-nbformat (installed by .ci/setup-notebooks), when some python3 on the machine has it.</summary>
internal static class PythonNbformat
{
    private static readonly Lazy<string?> Python = new(Find);

    public static bool Available => Python.Value is not null;

    /// <summary>Validates a notebook file with nbformat.validate; returns null when valid, else the error.</summary>
    public static string? Validate(string path)
    {
        var (code, output) = Run(Python.Value!, "-c", "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", path);
        return code == 0 ? null : output;
    }

    private static string? Find() =>
        new[] { "/usr/bin/python3", "python3" }.FirstOrDefault(p =>
        {
            try
            {
                return Run(p, "-c", "import nbformat").Code == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        });

    private static (int Code, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
