using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LeadQual.Documents;

/// <summary>
/// Extracts a job posting from a raw saved page: the schema.org <c>JobPosting</c> JSON-LD block when the
/// page has one, else the page's main text with navigation, cookie banners, sidebars and footers removed.
/// </summary>
public static class HtmlPostingExtractor
{
    private static readonly string[] NoiseMarkers =
    [
        "cookie", "consent", "gdpr", "banner", "navbar", "nav-", "menu", "breadcrumb", "footer", "sidebar", "related", "similar", "share", "social", "newsletter", "modal", "popup", "skip-link",
    ];

    public static ExtractedPosting Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var fromJsonLd = FromJsonLd(document);
        var pageTitle = document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title?.Trim();
        if (fromJsonLd is not null && !string.IsNullOrWhiteSpace(fromJsonLd.Description))
        {
            return fromJsonLd with { Title = fromJsonLd.Title ?? pageTitle };
        }

        foreach (var element in document.QuerySelectorAll("script, style, noscript, template, svg, nav, footer, aside, form, button, iframe, [role=navigation], [role=contentinfo], [role=banner], [aria-hidden=true]").ToList())
        {
            element.Remove();
        }

        foreach (var element in document.All.Where(IsNoise).ToList())
        {
            element.Remove();
        }

        var root = document.QuerySelector("main, [role=main], article, #job-description, .job-description") ?? document.Body ?? (INode)document;
        var company = document.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content");
        return new ExtractedPosting(pageTitle, company, HtmlMarkdownWriter.Write(root), FromJsonLd: false);
    }

    private static bool IsNoise(IElement element)
    {
        if (element.LocalName is "html" or "body" or "main" or "article")
        {
            return false;
        }

        var marker = $"{element.Id} {element.ClassName}".ToLowerInvariant();
        return marker.Length > 1 && NoiseMarkers.Any(m => marker.Contains(m, StringComparison.Ordinal));
    }

    private static ExtractedPosting? FromJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                var posting = FindJobPosting(json.RootElement);
                if (posting is { } p)
                {
                    var title = Text(p, "title");
                    var company = p.TryGetProperty("hiringOrganization", out var org) ? (org.ValueKind == JsonValueKind.Object ? Text(org, "name") : org.ToString()) : null;
                    var descriptionHtml = Text(p, "description") ?? string.Empty;
                    var description = HtmlMarkdownWriter.Write(new HtmlParser().ParseDocument($"<body>{System.Net.WebUtility.HtmlDecode(descriptionHtml)}</body>").Body!);
                    return new ExtractedPosting(title, company, description, FromJsonLd: true);
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages; fall back to the page text.
            }
        }

        return null;
    }

    private static JsonElement? FindJobPosting(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindJobPosting(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (element.TryGetProperty("@type", out var type) && type.ToString().Contains("JobPosting", StringComparison.Ordinal))
                {
                    return element;
                }

                return element.TryGetProperty("@graph", out var graph) ? FindJobPosting(graph) : null;
            default:
                return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : null;
}
