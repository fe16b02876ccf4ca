namespace LeadQual.Notebooks.Tests.Support;

/// <summary>The repository the tests run in: its root (where LeadQual.sln is), its notebooks and the DLL folder they reference.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>Where every build of LeadQual.Interactive copies the DLLs the notebooks' #r lines name.</summary>
    public static string NotebookBin => Path.Combine(Root, "artifacts", "notebook-bin");

    public static TheoryData<string> NotebookNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Notebooks, "*.ipynb").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LeadQual.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LeadQual.sln not found above " + AppContext.BaseDirectory);
    }
}
