using System.Text.RegularExpressions;

namespace LeadQual.Profiles.Offline;

/// <summary>
/// Reads role headers: which part is the job title and which the employer ("Senior Engineer, Ledgerly",
/// "Ledgerly | Senior Engineer", "Staff Nurse at Mercy Hospital"), and the seniority a title states.
/// </summary>
public static partial class TitleReader
{
    public static RoleTitle Split(string header)
    {
        var parts = Separator().Split(header)
            .Select(p => p.Trim(' ', '*', '_', '#', '|', ',', '(', ')'))
            .Where(p => p.Length > 0 && p.Any(char.IsLetter) && !IsLocation(p))
            .ToList();
        if (parts.Count == 0)
        {
            return new RoleTitle(header.Trim(), null);
        }

        var title = parts.FirstOrDefault(p => TitleWord().IsMatch(p)) ?? parts[0];
        var employer = parts.FirstOrDefault(p => !ReferenceEquals(p, title));
        return new RoleTitle(title, employer);
    }

    /// <summary>True when the text reads as a job title ("Staff Accountant", "Charge Nurse").</summary>
    public static bool LooksLikeTitle(string text) => TitleWord().IsMatch(text);

    public static SeniorityLevel Seniority(string title)
    {
        var t = title.ToLowerInvariant();
        if (Executive().IsMatch(t))
        {
            return SeniorityLevel.Executive;
        }

        if (VicePresident().IsMatch(t))
        {
            return SeniorityLevel.VicePresident;
        }

        if (Director().IsMatch(t))
        {
            return SeniorityLevel.Director;
        }

        if (Manager().IsMatch(t))
        {
            return SeniorityLevel.Manager;
        }

        if (Lead().IsMatch(t))
        {
            return SeniorityLevel.Lead;
        }

        if (Senior().IsMatch(t))
        {
            return SeniorityLevel.Senior;
        }

        if (Intern().IsMatch(t))
        {
            return SeniorityLevel.Intern;
        }

        return Junior().IsMatch(t) ? SeniorityLevel.Junior : SeniorityLevel.Mid;
    }

    /// <summary>An employer name for comparison: lower case, no punctuation or legal suffix.</summary>
    public static string EmployerKey(string employer) =>
        LegalSuffix().Replace(NonWord().Replace(employer.ToLowerInvariant(), " "), " ").Trim();

    private static bool IsLocation(string part) => Location().IsMatch(part.Trim());

    [GeneratedRegex(@"\s+\|\s+|\s*,\s+|\s+(?:at|@)\s+|\s+[-–—]\s+|\s*\t\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:[A-Z]{2}|remote|hybrid|on-?site|usa?|united states|uk|canada)$|^(?:remote|hybrid)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Location();

    [GeneratedRegex(@"\b(chief|ceo|cto|cfo|coo|cio|ciso|cmo|founder|co-founder|owner|president|partner|principal owner|general manager)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Executive();

    [GeneratedRegex(@"\b(vp|svp|evp|avp|vice[\s-]president)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VicePresident();

    [GeneratedRegex(@"\b(director|head of|superintendent)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Director();

    [GeneratedRegex(@"\b(manager|supervisor|foreman|forewoman|department head|head (teacher|nurse|chef|coach)|administrator of|store leader|nurse manager|principal\b(?!\s+(engineer|scientist|developer|architect|consultant|designer|analyst)))", RegexOptions.CultureInvariant)]
    private static partial Regex Manager();

    [GeneratedRegex(@"\b(lead|leader|principal|staff (engineer|scientist|developer|software)|architect|charge nurse|team lead|tech lead|master)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\b(senior|sr\.?|iii|iv|experienced|journeyman|journeyperson)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Senior();

    [GeneratedRegex(@"\b(intern|internship|trainee|apprentice|co-op|student)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Intern();

    [GeneratedRegex(@"\b(junior|jr\.?|entry[\s-]level|associate|assistant|graduate|i)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Junior();

    [GeneratedRegex(@"(?i)\b(engineer|developer|programmer|manager|analyst|scientist|nurse|rn|lpn|cna|teacher|educator|designer|consultant|specialist|coordinator|assistant|associate|technician|tech|director|officer|administrator|architect|accountant|bookkeeper|controller|auditor|representative|rep|intern|lead|supervisor|electrician|plumber|carpenter|welder|mechanic|driver|clerk|paralegal|attorney|lawyer|counsel|recruiter|generalist|president|vp|founder|owner|ceo|cto|cfo|coo|head|executive|agent|cashier|barista|server|operator|instructor|professor|lecturer|tutor|editor|writer|marketer|strategist|planner|buyer|dispatcher|therapist|pharmacist|physician|aide|practitioner|banker|advisor|adviser|underwriter|scheduler|foreman|apprentice|journeyman|estimator|inspector|researcher|investigator|receptionist|secretary|partner|principal|handler|associate|worker|laborer|chef|cook)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitleWord();

    [GeneratedRegex(@"[^\w]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\b(inc|llc|ltd|corp|corporation|co|company|gmbh|plc|the)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LegalSuffix();
}
