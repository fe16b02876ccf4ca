using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace LeadQual.Notebooks.Execution;

/// <summary>
/// Turns assembly files into compiler references, once per assembly name. An assembly the host process
/// already has (loaded, or on its trusted platform list) is referenced as the host's copy and handed to
/// the script loader, so a notebook's types are the host's types and nothing is loaded twice.
/// </summary>
internal sealed class AssemblyReferences(InteractiveAssemblyLoader loader)
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> FrameworkReferences = new(LoadFramework);
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Trusted = new(TrustedAssemblies);
    private readonly HashSet<string> referenced = new(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<MetadataReference> Framework => FrameworkReferences.Value;

    /// <summary>References for the files not referenced yet (by assembly name).</summary>
    public IReadOnlyList<MetadataReference> Add(IEnumerable<string> files)
    {
        var added = new List<MetadataReference>();
        foreach (var file in files)
        {
            var name = File.Exists(file) ? AssemblyName.GetAssemblyName(file).Name! : Path.GetFileNameWithoutExtension(file);
            if (!referenced.Add(name))
            {
                continue;
            }

            var host = HostAssembly(name);
            if (host is not null)
            {
                loader.RegisterDependency(host);
                added.Add(MetadataReference.CreateFromFile(host.Location));
            }
            else
            {
                added.Add(MetadataReference.CreateFromFile(file));
            }
        }

        return added;
    }

    /// <summary>True when the host process has (or can load from its platform list) an assembly of this name.</summary>
    public static bool HostHas(string name) => HostAssembly(name) is not null;

    private static Assembly? HostAssembly(string name)
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies()
            .FirstOrDefault(a => !a.IsDynamic && a.Location.Length > 0 && string.Equals(a.GetName().Name, name, StringComparison.OrdinalIgnoreCase)
                && AssemblyLoadContext.GetLoadContext(a) == AssemblyLoadContext.Default);
        if (loaded is not null)
        {
            return loaded;
        }

        if (!Trusted.Value.ContainsKey(name))
        {
            return null;
        }

        try
        {
            return AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(name));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static IReadOnlyDictionary<string, string> TrustedAssemblies() =>
        ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .GroupBy(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyList<MetadataReference> LoadFramework()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.GetFiles(runtime, "*.dll")
            .Where(IsManaged)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToList();
    }

    private static bool IsManaged(string file)
    {
        try
        {
            AssemblyName.GetAssemblyName(file);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
