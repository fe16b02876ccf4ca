using LeadQual.Notebooks.Packages;

namespace LeadQual.Notebooks.Execution;

/// <summary>Where the runner finds packages; by default the nearest Directory.Packages.props and the user's NuGet cache.</summary>
public sealed record NotebookRunnerOptions
{
    /// <summary>The pinned versions; null reads the Directory.Packages.props nearest above the notebook.</summary>
    public PinnedPackages? Pins { get; init; }

    /// <summary>The NuGet cache folder; null uses <c>NUGET_PACKAGES</c> or <c>~/.nuget/packages</c>.</summary>
    public string? PackageCache { get; init; }
}
