using System.Text.Json;

namespace LeadQual.Api.Tests.Support;

/// <summary>Small but realistic saved job pages: navigation, cookie banners, footers, and sometimes a schema.org JobPosting block.</summary>
public static class JobPages
{
    private static string Head(string company, string title) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta property="og:site_name" content="{{company}}">
          <title>{{title}} | {{company}} Careers</title>
          <style>.cookie-banner { position: fixed; bottom: 0; }</style>
          <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
        """;

    private const string Noise = """
        <a class="skip-link" href="#main">Skip to content</a>
        <nav class="navbar"><a href="/">Home</a> <a href="/jobs">All jobs</a> <a href="/login">Sign in</a></nav>
        <div id="cookie-consent" class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Reject</button></div>
        """;

    private const string Footer = """
        <aside class="similar-jobs"><h3>Similar jobs</h3><ul><li>Barista at Blue Door</li><li>Forklift operator at Acme</li></ul></aside>
        <footer><p>&copy; 2026 Careers Inc. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
        </body>
        </html>
        """;

    /// <summary>A data engineering page whose content lives in a JobPosting JSON-LD block (the visible text is a teaser).</summary>
    public static string DataEngineerWithJsonLd(string company = "Northwind Health", string title = "Senior Data Engineer")
    {
        var description = $"""
            <p>{company} builds the data platform behind 40 hospitals.</p>
            <h3>Requirements</h3>
            <ul>
              <li>Bachelor's degree in Computer Science or related field</li>
              <li>5+ years of experience with Python and SQL</li>
              <li>Experience with Airflow or Dagster</li>
              <li>Experience with Spark</li>
              <li>Excellent written communication skills</li>
            </ul>
            <h3>Nice to have</h3>
            <ul><li>Experience with Kafka</li><li>Snowflake</li></ul>
            """;
        var jsonLd = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org/",
            ["@type"] = "JobPosting",
            ["title"] = title,
            ["description"] = description,
            ["datePosted"] = "2026-11-01",
            ["hiringOrganization"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = company },
        });
        return Head(company, title)
            + $"""<script type="application/ld+json">{jsonLd}</script></head><body>"""
            + Noise
            + $"""<main id="main"><h1>{title}</h1><p>Apply now: {company} is hiring.</p></main>"""
            + Footer;
    }

    /// <summary>A backend page with no JSON-LD: the posting is the page's main text among the noise.</summary>
    public static string BackendEngineerPlain(string company = "Acme Pay", string title = "Backend Engineer (Payments)", int years = 4, string extra = "Docker") =>
        Head(company, title) + "</head><body>" + Noise + $"""
            <main id="main">
              <article class="job-posting">
                <h1>{title}</h1>
                <p class="company">{company} - Remote (US)</p>
                <h2>About the role</h2>
                <p>{company} moves money for small businesses. You will design and build payment APIs.</p>
                <h2>Requirements</h2>
                <ul>
                  <li>{years}+ years of experience with Python</li>
                  <li>Experience with PostgreSQL or MySQL</li>
                  <li>Experience with {extra}</li>
                  <li>Must be authorized to work in the United States</li>
                </ul>
                <h2>Nice to have</h2>
                <ul><li>Kubernetes</li></ul>
                <button class="apply">Apply</button>
              </article>
            </main>
            """ + Footer;

    /// <summary>A distinct page per number, for the concurrency test: company, years and one skill differ.</summary>
    public static string Numbered(int n)
    {
        string[] skills = ["Docker", "Terraform", "Kafka", "Redis", "GraphQL", "gRPC", "Spark", "Airflow", "Snowflake", "dbt"];
        return BackendEngineerPlain($"Company {n:D2}", $"Backend Engineer {n:D2}", years: 1 + (n % 9), extra: skills[n % skills.Length]);
    }

    /// <summary>A page that is all chrome: navigation, cookie banner and footer, no posting.</summary>
    public static string NoDescription() =>
        Head("Careers Inc", "Jobs") + "</head><body>" + Noise + "<main id=\"main\"></main>" + Footer;

    /// <summary>An expired posting: some text, but no requirement in it.</summary>
    public static string Expired() =>
        Head("Acme Pay", "Job expired") + "</head><body>" + Noise
        + "<main id=\"main\"><h1>This job is no longer available</h1><p>Thanks for your interest in Acme Pay. Browse our other openings.</p></main>" + Footer;
}
