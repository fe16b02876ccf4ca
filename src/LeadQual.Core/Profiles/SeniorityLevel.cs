namespace LeadQual.Profiles;

/// <summary>Seniority read from a job title, in order, so a later higher level at one employer is a promotion.</summary>
public enum SeniorityLevel
{
    Intern = 0,
    Junior = 1,
    Mid = 2,
    Senior = 3,
    Lead = 4,
    Manager = 5,
    Director = 6,
    VicePresident = 7,
    Executive = 8,
}
