using System.Text;
using AngleSharp.Dom;

namespace LeadQual.Documents;

/// <summary>
/// Turns an HTML subtree into readable Markdown: headings, bullets and paragraphs survive, so the
/// section-aware posting parser sees the same structure a reader does.
/// </summary>
public static class HtmlMarkdownWriter
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "ul", "ol", "table", "tr", "br", "hr", "header", "dl", "dt", "dd", "blockquote", "pre",
    };

    public static string Write(INode root)
    {
        var builder = new StringBuilder();
        Append(root, builder);
        return Tidy(builder.ToString());
    }

    private static void Append(INode node, StringBuilder output)
    {
        switch (node)
        {
            case IText text:
                output.Append(CollapseWhitespace(text.Data));
                return;
            case IElement element:
                var tag = element.LocalName;
                if (tag is "script" or "style" or "noscript" or "template" or "svg")
                {
                    return;
                }

                if (tag.Length == 2 && tag[0] == 'h' && char.IsDigit(tag[1]))
                {
                    output.Append("\n\n").Append(new string('#', tag[1] - '0')).Append(' ');
                    AppendChildren(element, output);
                    output.Append("\n\n");
                    return;
                }

                if (tag == "li")
                {
                    output.Append("\n- ");
                    AppendChildren(element, output);
                    output.Append('\n');
                    return;
                }

                if (tag is "strong" or "b")
                {
                    output.Append("**");
                    AppendChildren(element, output);
                    output.Append("**");
                    return;
                }

                var block = BlockTags.Contains(tag);
                if (block)
                {
                    output.Append('\n');
                }

                AppendChildren(element, output);
                if (block || tag is "td" or "th")
                {
                    output.Append(tag is "td" or "th" ? " " : "\n");
                }

                return;
            default:
                AppendChildren(node, output);
                return;
        }
    }

    private static void AppendChildren(INode node, StringBuilder output)
    {
        foreach (var child in node.ChildNodes)
        {
            Append(child, output);
        }
    }

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }
            else if (space && text.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        if (space)
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    private static string Tidy(string markdown)
    {
        var lines = markdown.Split('\n').Select(l => l.Trim()).ToList();
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0 || line is "**" or "****" or "-")
            {
                blank++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blank > 0 && !(line.StartsWith("- ", StringComparison.Ordinal) && blank < 2) ? "\n\n" : "\n");
            }

            result.Append(line);
            blank = 0;
        }

        return result.ToString();
    }
}
