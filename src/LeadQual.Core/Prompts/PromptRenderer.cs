using Scriban;
using Scriban.Runtime;

namespace LeadQual.Prompts;

/// <summary>Renders a Scriban template with the step's variables; an unknown variable is an error, not an empty string.</summary>
public static class PromptRenderer
{
    public static string Render(string template, IReadOnlyDictionary<string, object?> variables, string source = "template")
    {
        var parsed = Template.Parse(template, source);
        if (parsed.HasErrors)
        {
            throw new PromptException($"{source}: {string.Join("; ", parsed.Messages.Select(m => m.ToString()))}");
        }

        var globals = new ScriptObject();
        foreach (var (name, value) in variables)
        {
            globals.Add(name, value);
        }

        var context = new TemplateContext { StrictVariables = true, EnableRelaxedMemberAccess = false };
        context.PushGlobal(globals);
        try
        {
            return parsed.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException failure)
        {
            throw new PromptException($"{source}: {failure.Message}", failure);
        }
    }

    /// <summary>Parses a template and reports its errors, for <c>prompts add</c> and <c>import</c>.</summary>
    public static IReadOnlyList<string> Check(string template)
    {
        var parsed = Template.Parse(template);
        return parsed.HasErrors ? parsed.Messages.Select(m => m.ToString()).ToList() : [];
    }
}
