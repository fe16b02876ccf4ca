using System.Text.Json.Nodes;
using LeadQual.Notebooks.Format;

namespace LeadQual.Notebooks.Tests.Format;

public sealed class NotebookValidatorTests
{
    private static JsonObject Notebook(params JsonObject[] cells) =>
        new() { ["cells"] = new JsonArray(cells), ["metadata"] = new JsonObject(), ["nbformat"] = 4, ["nbformat_minor"] = 5 };

    private static JsonObject Code(string id, params JsonObject[] outputs) => new()
    {
        ["cell_type"] = "code", ["id"] = id, ["metadata"] = new JsonObject(), ["source"] = "1", ["execution_count"] = 1, ["outputs"] = new JsonArray(outputs),
    };

    [Fact]
    public void Validate_EveryOutputKind_HasNoProblems()
    {
        var notebook = Notebook(Code("a",
            NotebookOutputs.Stream("stdout", "text\nmore"),
            NotebookOutputs.DisplayData(new JsonObject { ["application/vnd.plotly.v1+json"] = new JsonObject { ["data"] = new JsonArray() }, ["text/html"] = "<div/>" }),
            NotebookOutputs.ExecuteResult(1, new JsonObject { ["text/plain"] = "42" }),
            NotebookOutputs.Error("E", "cell 1: boom", ["cell 1 threw:"])));

        Assert.Empty(NotebookValidator.Validate(notebook));
    }

    [Fact]
    public void Validate_DuplicateOrMissingIds_AreProblems()
    {
        var missing = Code("x");
        missing.Remove("id");

        var problems = NotebookValidator.Validate(Notebook(Code("a"), Code("a"), missing));

        Assert.Contains("cell 2: id a is not unique", problems);
        Assert.Contains("cell 3: missing id", problems);
    }

    [Fact]
    public void Validate_BadOutputs_AreProblems()
    {
        var problems = NotebookValidator.Validate(Notebook(Code("a",
            new JsonObject { ["output_type"] = "stream", ["name"] = "stdlog", ["text"] = "x" },
            new JsonObject { ["output_type"] = "display_data", ["data"] = new JsonObject { ["text/html"] = 3 }, ["metadata"] = new JsonObject() },
            new JsonObject { ["output_type"] = "execute_result", ["data"] = new JsonObject(), ["metadata"] = new JsonObject(), ["execution_count"] = 1, ["extra"] = 1 })));

        Assert.Contains("cell 1 output 1: stream name must be stdout or stderr", problems);
        Assert.Contains("cell 1 output 2: text/html must be a string or a list of strings", problems);
        Assert.Contains("cell 1 output 3: unexpected key extra", problems);
    }

    [Fact]
    public void Validate_OldMinorVersion_IsAProblem()
    {
        var notebook = Notebook(Code("a"));
        notebook["nbformat_minor"] = 4;

        Assert.Contains("notebook: nbformat_minor must be 5 or more (cell ids)", NotebookValidator.Validate(notebook));
    }
}
