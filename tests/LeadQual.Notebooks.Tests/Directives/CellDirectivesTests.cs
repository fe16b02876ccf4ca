using LeadQual.Notebooks.Directives;

namespace LeadQual.Notebooks.Tests.Directives;

public sealed class CellDirectivesTests
{
    [Fact]
    public void Parse_PackageAndPathDirectives_AreReadAndBlankedKeepingLineNumbers()
    {
        var cell = CellDirectives.Parse("#r \"nuget: Plotly.NET, 6.0.0\"\n#r \"../artifacts/x.dll\"\nvar a = 1;");

        Assert.Equal([new ReferenceDirective(1, "Plotly.NET", "6.0.0", null), new ReferenceDirective(2, null, null, "../artifacts/x.dll")], cell.References);
        Assert.Equal("\n\nvar a = 1;", cell.Code);
    }

    [Fact]
    public void Parse_PackageWithoutVersion_SaysHowToWriteIt()
    {
        var error = Assert.Throws<NotebookException>(() => CellDirectives.Parse("#r \"nuget: Plotly.NET\""));

        Assert.Contains("#r \"nuget: Name, Version\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DirectiveInsideAString_IsCode()
    {
        var cell = CellDirectives.Parse("var s = \"#r \\\"x.dll\\\"\";");

        Assert.Empty(cell.References);
    }
}
