using LeadQual.Notebooks.Packages;

namespace LeadQual.Notebooks.Tests.Support;

/// <summary>The repository the tests run in: its root (where LeadQual.sln is), notebooks and pinned packages.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    public static PinnedPackages Pins => PinnedPackages.Read(Path.Combine(Root, PinnedPackages.FileName));

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
