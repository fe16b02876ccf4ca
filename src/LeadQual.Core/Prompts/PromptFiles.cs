using System.Reflection;
using System.Text.Json;

namespace LeadQual.Prompts;

/// <summary>
/// Prompt versions as files: <c>prompts/&lt;name&gt;/&lt;label&gt;.scriban</c> (the user template) and
/// <c>&lt;label&gt;.json</c> (model, temperature, reasoning budget, response schema, system prompt). The
/// repository's <c>prompts/</c> folder is embedded in this assembly as the shipped versions.
/// </summary>
public static class PromptFiles
{
    public const string TemplateExtension = ".scriban";
    public const string MetadataExtension = ".json";
    private const string ResourcePrefix = "LeadQual.Prompts.";

    private static readonly Lazy<IReadOnlyList<PromptVersion>> ShippedVersions = new(LoadShipped);

    /// <summary>The versions in the repository's prompts/ folder, as built into this assembly.</summary>
    public static IReadOnlyList<PromptVersion> Shipped => ShippedVersions.Value;

    public static IReadOnlyList<PromptVersion> LoadFolder(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new PromptException($"{root}: prompts folder not found");
        }

        var versions = new List<PromptVersion>();
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            foreach (var metadata in Directory.GetFiles(folder, "*" + MetadataExtension).Order(StringComparer.Ordinal))
            {
                var template = Path.ChangeExtension(metadata, TemplateExtension);
                if (!File.Exists(template))
                {
                    throw new PromptException($"{metadata}: no template {Path.GetFileName(template)} beside it");
                }

                versions.Add(Read(Path.GetFileName(folder), Path.GetFileNameWithoutExtension(metadata), File.ReadAllText(metadata), File.ReadAllText(template), metadata));
            }
        }

        return versions;
    }

    public static void WriteFolder(string root, IEnumerable<PromptVersion> versions)
    {
        foreach (var version in versions)
        {
            var folder = Path.Combine(root, version.Name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, version.Label + MetadataExtension), PromptMetadata.Of(version).ToJson());
            File.WriteAllText(Path.Combine(folder, version.Label + TemplateExtension), version.Template.ReplaceLineEndings("\n"));
        }
    }

    public static PromptVersion Read(string name, string label, string metadataJson, string template, string source)
    {
        PromptMetadata metadata;
        try
        {
            metadata = PromptMetadata.Parse(metadataJson, source);
        }
        catch (JsonException failure)
        {
            throw new PromptException($"{source}: {failure.Message}", failure);
        }

        return new PromptVersion(name, label, string.Join('\n', metadata.SystemPrompt), template.ReplaceLineEndings("\n"), metadata.Model, metadata.Temperature, metadata.ReasoningBudget, metadata.ResponseSchema);
    }

    private static IReadOnlyList<PromptVersion> LoadShipped()
    {
        var assembly = typeof(PromptFiles).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).ToList();
        var versions = new List<PromptVersion>();
        foreach (var metadata in names.Where(n => n.EndsWith(MetadataExtension, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = metadata[ResourcePrefix.Length..].Replace('\\', '/');
            var slash = relative.LastIndexOf('/');
            var name = relative[..slash];
            var label = relative[(slash + 1)..^MetadataExtension.Length];
            var template = metadata[..^MetadataExtension.Length] + TemplateExtension;
            versions.Add(Read(name, label, ReadResource(assembly, metadata), ReadResource(assembly, template), "shipped " + relative));
        }

        return versions;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new PromptException($"shipped prompt resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
