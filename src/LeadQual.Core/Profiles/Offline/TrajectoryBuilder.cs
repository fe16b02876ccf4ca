using LeadQual.Engines.Offline.Resumes;

namespace LeadQual.Profiles.Offline;

/// <summary>
/// The career trajectory from dated roles: oldest first, seniority from title words, promotions (a later role
/// at the same employer with a higher level), average months per role, total years with overlaps merged.
/// </summary>
public static class TrajectoryBuilder
{
    public static CareerTrajectory Build(ResumeFacts facts)
    {
        if (facts.Roles.Count == 0)
        {
            return CareerTrajectory.Empty;
        }

        var roles = facts.Roles
            .OrderBy(r => r.Dates.Start)
            .ThenBy(r => r.Dates.End)
            .Select(r =>
            {
                var title = TitleReader.Split(r.Title);
                return new CareerRole(title.Title, title.Employer, r.Dates.Start.ToString(), r.Dates.End.ToString(), r.Dates.IsCurrent, r.Dates.Months, TitleReader.Seniority(title.Title), r.HeaderLine);
            })
            .ToList();

        var promotions = new List<Promotion>();
        for (var i = 1; i < roles.Count; i++)
        {
            var later = roles[i];
            if (later.Employer is null)
            {
                continue;
            }

            var key = TitleReader.EmployerKey(later.Employer);
            var earlier = roles.Take(i).LastOrDefault(r => r.Employer is not null && TitleReader.EmployerKey(r.Employer) == key);
            if (earlier is not null && later.Seniority > earlier.Seniority)
            {
                promotions.Add(new Promotion(later.Employer, earlier.Title, later.Title, earlier.Seniority, later.Seniority, later.Start));
            }
        }

        var current = roles.OrderByDescending(r => r.IsCurrent).ThenByDescending(r => r.End).ThenByDescending(r => r.Start).First();
        return new CareerTrajectory(roles, promotions, Math.Round(roles.Average(r => r.Months), 1), facts.TotalYears, current.Seniority);
    }
}
