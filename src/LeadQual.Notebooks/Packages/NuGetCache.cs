using System.Xml.Linq;

namespace LeadQual.Notebooks.Packages;

/// <summary>
/// Finds a package and its dependencies in the local NuGet cache (<c>~/.nuget/packages</c>, filled by the
/// solution's restore) and lists the DLLs a .NET 10 process loads from them. A dependency takes the version
/// the solution pins, else the lowest cached version its range allows, as restore would.
/// </summary>
public sealed class NuGetCache(string root, PinnedPackages pins)
{
    private static readonly string[] Frameworks =
        ["net10.0", "net9.0", "net8.0", "net7.0", "net6.0", "net5.0", "netcoreapp3.1", "netstandard2.1", "netstandard2.0", "netstandard1.6", "netstandard1.3", "netstandard1.1", "netstandard1.0"];

    public string Root => root;

    public PinnedPackages Pins => pins;

    /// <summary>The cache folder: <c>NUGET_PACKAGES</c> when set, else <c>~/.nuget/packages</c>.</summary>
    public static string DefaultRoot() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>The DLLs of the package and of every package it depends on, the package's own first.</summary>
    public IReadOnlyList<string> Resolve(string package, string version)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var assemblies = new List<string>();
        Visit(package, version, seen, assemblies);
        return assemblies;
    }

    private void Visit(string package, string version, Dictionary<string, string> seen, List<string> assemblies)
    {
        if (!seen.TryAdd(package, version))
        {
            return;
        }

        var folder = Path.Combine(root, package.ToLowerInvariant(), version.ToLowerInvariant());
        if (!Directory.Exists(folder))
        {
            throw new NotebookException($"package {package} {version} is not in the NuGet cache {root}; run `dotnet restore LeadQual.sln` (it must be a PackageReference of some project)");
        }

        assemblies.AddRange(LibraryAssemblies(folder));
        foreach (var (id, range) in Dependencies(folder).Where(d => !InFramework(d.Id)))
        {
            Visit(id, Choose(id, range), seen, assemblies);
        }
    }

    private string Choose(string id, VersionRange range)
    {
        if (pins.Versions.TryGetValue(id, out var pinned) && range.Allows(pinned))
        {
            return pinned;
        }

        var folder = Path.Combine(root, id.ToLowerInvariant());
        var cached = Directory.Exists(folder)
            ? Directory.GetDirectories(folder).Select(Path.GetFileName).OfType<string>().Where(range.Allows).OrderBy(v => v, SemanticVersionComparer.Instance).ToList()
            : [];
        return cached.Count > 0
            ? cached[0]
            : throw new NotebookException($"dependency {id} {range} is not in the NuGet cache {root}; run `dotnet restore LeadQual.sln`");
    }

    /// <summary>Packages the shared framework already carries (System.Collections.Immutable …): restore prunes them on .NET 10, and so does this.</summary>
    private static bool InFramework(string id) =>
        File.Exists(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, id + ".dll"));

    private static IEnumerable<string> LibraryAssemblies(string folder)
    {
        var lib = Path.Combine(folder, "lib");
        if (!Directory.Exists(lib))
        {
            return [];
        }

        var best = Frameworks.Select(f => Path.Combine(lib, f)).FirstOrDefault(Directory.Exists);
        return best is null ? [] : Directory.GetFiles(best, "*.dll").Order(StringComparer.Ordinal);
    }

    private static IEnumerable<(string Id, VersionRange Range)> Dependencies(string folder)
    {
        var nuspec = Directory.GetFiles(folder, "*.nuspec").FirstOrDefault();
        if (nuspec is null)
        {
            return [];
        }

        var dependencies = XDocument.Load(nuspec).Descendants().FirstOrDefault(e => e.Name.LocalName == "dependencies");
        if (dependencies is null)
        {
            return [];
        }

        var groups = dependencies.Elements().Where(e => e.Name.LocalName == "group").ToList();
        var chosen = groups.Count == 0
            ? dependencies
            : Frameworks.Select(f => groups.FirstOrDefault(g => Normalize(g.Attribute("targetFramework")?.Value) == f)).FirstOrDefault(g => g is not null);
        if (chosen is null)
        {
            return [];
        }

        return chosen.Elements().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (e.Attribute("id")!.Value, VersionRange.Parse(e.Attribute("version")?.Value ?? "0.0.0")))
            .ToList();
    }

    /// <summary>".NETStandard2.0" → "netstandard2.0", "net8.0" stays, ".NETCoreApp3.1" → "netcoreapp3.1".</summary>
    private static string? Normalize(string? framework) => framework?.ToLowerInvariant() switch
    {
        null => null,
        var f when f.StartsWith(".netstandard", StringComparison.Ordinal) => "netstandard" + f[".netstandard".Length..],
        var f when f.StartsWith(".netcoreapp", StringComparison.Ordinal) => "netcoreapp" + f[".netcoreapp".Length..],
        var f => f,
    };
}
