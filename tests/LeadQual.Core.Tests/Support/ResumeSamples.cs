namespace LeadQual.Core.Tests.Support;

/// <summary>Resumes of different quality, written for the profile tests: rich, thin, undated, garbled, and from several fields.</summary>
public static class ResumeSamples
{
    /// <summary>A data engineer with dated roles, a promotion, a team, a budget, ETL work and an on-call duty.</summary>
    public const string Rich = """
        Priya Raman
        priya.raman@example.com | Seattle, WA

        SUMMARY
        Data engineer with eight years of building reliable pipelines for payments and retail analytics.

        EXPERIENCE
        Lead Data Engineer, Northwind Payments
        Mar 2022 - Present
        - Managed a team of 6 engineers and a $1.2M annual budget for the data platform
        - Built ETL jobs moving 2 TB/day from Kafka into Snowflake
        - On-call for a 24/7 payments service; wrote runbooks for the platform
        - Partnered with finance stakeholders to define revenue KPIs

        Data Engineer, Northwind Payments
        Jun 2019 - Feb 2022
        - Wrote Airflow DAGs and pandas transforms for settlement reporting
        - Built Tableau dashboards for the fraud team
        - Mentored two junior engineers

        Junior Data Analyst, Contoso Retail
        Jan 2017 - May 2019
        - Wrote SQL against PostgreSQL to track store sales
        - Ran A/B tests on email offers

        EDUCATION
        M.S. Computer Science, University of Washington, 2016
        B.S. Statistics, Oregon State University, 2014

        SKILLS
        Python, SQL, Apache Kafka, Snowflake, Tableau, PostgreSQL, Terraform, AWS
        """;

    /// <summary>A thin resume: a name, one line of experience, no education, no skills list.</summary>
    public const string Thin = """
        Sam Ortiz
        sam.ortiz@example.com

        EXPERIENCE
        Warehouse Associate, QuickShip Logistics
        2022 - 2024
        - Picked and packed orders, ran a forklift
        """;

    /// <summary>A nurse whose roles carry no dates.</summary>
    public const string NoDates = """
        Angela Brooks, RN
        angela.brooks@example.com

        PROFESSIONAL SUMMARY
        Registered nurse on a busy medical-surgical floor, known for calm triage and patient education.

        EXPERIENCE
        Charge Nurse
        St. Mary's Regional Hospital
        - Supervised a team of 8 nurses and aides on night shift
        - Triaged admissions and administered IV medications
        - Documented assessments in the EHR and taught discharge instructions to families

        Staff Nurse
        Lakeside Community Clinic
        - Took vital signs, gave vaccines and followed infection control protocols
        - Cared for 5 patients per shift in the outpatient surgery unit

        EDUCATION
        Bachelor of Science in Nursing (BSN), State University

        SKILLS
        Patient care, wound care, BLS, ACLS
        """;

    /// <summary>A PDF extraction gone wrong: mojibake, letters spaced apart, the page header repeated.</summary>
    public const string Garbled = """
        J O H N   D O E   R E S U M E   P a g e 1
        S o f t w a r e   E n g i n e e r
        â€¢ Bu ilt  A P Is  in  Py thon  ï¿½ï¿½  fo r  cl ie nts
        J O H N   D O E   R E S U M E   P a g e 2
        E x p e r i e n c e   2 0 1 8   â€“   2 0 2 3
        â€¢ K u b e r n e t e s  ï¿½  A W S  ï¿½  T e r r a f o r m
        J O H N   D O E   R E S U M E   P a g e 3
        Ã©Ã¨Ã  ï¿½ï¿½ï¿½ â€œ â€ â€™
        """;

    /// <summary>A high-school teacher: curriculum, classroom, IEPs, parent conferences; a promotion to department head.</summary>
    public const string Teacher = """
        Marcus Bell
        Chicago, IL

        SUMMARY
        Mathematics teacher who turns algebra into something students look forward to.

        TEACHING EXPERIENCE
        Mathematics Department Head, Lincoln High School
        Aug 2020 - Jun 2025
        - Led a department of 9 teachers and rebuilt the Algebra I curriculum
        - Wrote lesson plans aligned to state standards and reviewed formative assessments

        Mathematics Teacher, Lincoln High School
        Aug 2014 - Jul 2020
        - Taught 150 students across five sections of Algebra and Geometry
        - Wrote IEPs with the special education team and held parent-teacher conferences

        EDUCATION
        M.Ed. Curriculum and Instruction, Loyola University Chicago
        B.A. Mathematics, DePaul University

        SKILLS
        Classroom management, Google Classroom, Desmos
        """;
}
