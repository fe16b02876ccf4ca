using LeadQual.Documents;

namespace LeadQual.Core.Tests.Documents;

public sealed class HtmlPostingExtractorTests
{
    [Fact]
    public void Extract_JsonLdJobPosting_UsesItsTitleCompanyAndDescription()
    {
        const string html = """
            <html><head><title>Jobs | Example</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Staff Accountant",
            "hiringOrganization":{"@type":"Organization","name":"Ledger &amp; Co"},
            "description":"&lt;h2&gt;Requirements&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;CPA license&lt;/li&gt;&lt;li&gt;3+ years of accounting experience&lt;/li&gt;&lt;/ul&gt;"}</script>
            </head><body><nav>Home Jobs</nav><p>Other text</p></body></html>
            """;

        var posting = HtmlPostingExtractor.Extract(html);

        Assert.True(posting.FromJsonLd);
        Assert.Equal("Staff Accountant", posting.Title);
        Assert.Contains("- CPA license", posting.Description, StringComparison.Ordinal);
        Assert.Contains("## Requirements", posting.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PageWithoutJsonLd_DropsNavigationCookiesAndFooter()
    {
        const string html = """
            <html><body>
            <nav><a>Home</a><a>Careers</a></nav>
            <div id="cookie-banner">We use cookies. Accept all</div>
            <main><h1>Electrician</h1><h3>Requirements</h3><ul><li>Journeyman electrician license</li></ul></main>
            <footer>© 2026 Example Corp. Privacy</footer>
            </body></html>
            """;

        var posting = HtmlPostingExtractor.Extract(html);

        Assert.Equal("Electrician", posting.Title);
        Assert.Contains("- Journeyman electrician license", posting.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", posting.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy", posting.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Careers", posting.Description, StringComparison.Ordinal);
    }
}
