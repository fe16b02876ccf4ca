namespace LeadQual.Notebooks.Directives;

/// <summary>
/// One <c>#r</c> line of a cell: a NuGet package (<c>#r "nuget: Name, Version"</c>, <see cref="Package"/> and
/// <see cref="Version"/> set) or an assembly file (<c>#r "path.dll"</c>, <see cref="Path"/> set).
/// </summary>
public sealed record ReferenceDirective(int Line, string? Package, string? Version, string? Path)
{
    public bool IsPackage => Package is not null;

    public override string ToString() => IsPackage ? $"#r \"nuget: {Package}, {Version}\"" : $"#r \"{Path}\"";
}
