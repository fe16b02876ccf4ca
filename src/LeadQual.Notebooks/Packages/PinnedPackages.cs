using System.Xml.Linq;

namespace LeadQual.Notebooks.Packages;

/// <summary>
/// The package versions a solution pins in <c>Directory.Packages.props</c>: a notebook may reference only
/// these, at exactly these versions, so a restore of the solution brings every package a notebook needs.
/// </summary>
public sealed class PinnedPackages(string file, IReadOnlyDictionary<string, string> versions)
{
    public const string FileName = "Directory.Packages.props";

    public string File => file;

    public IReadOnlyDictionary<string, string> Versions => versions;

    /// <summary>Reads the nearest <c>Directory.Packages.props</c> at or above <paramref name="folder"/>.</summary>
    public static PinnedPackages FindFrom(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (System.IO.File.Exists(candidate))
            {
                return Read(candidate);
            }
        }

        throw new NotebookException($"no {FileName} at or above {folder}: the notebook's packages cannot be checked");
    }

    public static PinnedPackages Read(string path)
    {
        var versions = XDocument.Load(path).Descendants("PackageVersion")
            .Where(e => e.Attribute("Include") is not null && e.Attribute("Version") is not null)
            .ToDictionary(e => e.Attribute("Include")!.Value, e => e.Attribute("Version")!.Value, StringComparer.OrdinalIgnoreCase);
        return new PinnedPackages(path, versions);
    }

    /// <summary>Throws a <see cref="NotebookException"/> unless the package is pinned at exactly this version.</summary>
    public void Check(string package, string version)
    {
        if (!versions.TryGetValue(package, out var pinned))
        {
            throw new NotebookException($"package {package} is not pinned in {file}; add a PackageVersion and a PackageReference in a project, then restore");
        }

        if (!string.Equals(pinned, version, StringComparison.OrdinalIgnoreCase))
        {
            throw new NotebookException($"package {package} {version} is not the pinned version: {file} pins {pinned}");
        }
    }
}
