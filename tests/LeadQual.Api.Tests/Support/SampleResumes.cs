namespace LeadQual.Api.Tests.Support;

/// <summary>Resumes written for the tests.</summary>
public static class SampleResumes
{
    public const string DataEngineer = """
        Alex Morgan
        alex.morgan@example.com | Denver, CO

        SUMMARY
        Data engineer building batch and streaming pipelines on AWS.

        EXPERIENCE
        Senior Data Engineer, Northwind Analytics
        Mar 2019 - Present
        - Built Airflow and Spark pipelines in Python loading Snowflake and PostgreSQL
        - Led a team of 3 engineers; owned dbt models and data quality checks

        Data Analyst, Contoso Retail
        06/2015 to 02/2019
        - SQL reporting, Tableau dashboards, Excel models

        EDUCATION
        B.S. Computer Science, University of Colorado, 2015

        SKILLS
        Python, SQL, Spark, Airflow, AWS, Snowflake, PostgreSQL, dbt, Docker, Git
        """;

    public const string Barista = """
        Sam Lee
        sam.lee@example.com

        EXPERIENCE
        Barista, Blue Door Coffee
        Jan 2022 - Present
        - Espresso drinks, cash handling, opening and closing shifts

        SKILLS
        Customer service, latte art
        """;
}
