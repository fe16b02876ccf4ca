using LeadQual.Documents;
using LeadQual.Evaluation.Frames;
using LeadQual.Profiles;
using LeadQual.Profiles.Offline;

namespace LeadQual.Evaluation.Tests.Frames;

public sealed class ProfileFramesTests
{
    [Fact]
    public async Task Roles_TwoDatedRoles_OneRowEachInOrderWithTheCurrentOneMarked()
    {
        var resume = new Resume("R1", "Sam Lee\nEXPERIENCE\nData Analyst, Acme\nJan 2019 - Dec 2020\n- Wrote SQL reports\nSenior Data Analyst, Globex\nJan 2021 - Present\n- Led a team of 3 analysts\n");
        var profile = (await new ProfilePipeline(new OfflineProfileEngine(), TimeProvider.System).ProfileAsync(resume)).Profile;

        var roles = ProfileFrames.Roles(profile);

        Assert.Equal(["title", "employer", "start", "end", "months", "seniority", "line"], roles.Columns.Select(c => c.Name));
        Assert.Equal(2, roles.Rows.Count);
        Assert.Equal("2019-01", roles.Rows[0]["start"]);
        Assert.EndsWith("(current)", (string)roles.Rows[1]["end"], StringComparison.Ordinal);
        Assert.Equal(profile.CareerTrajectory.Roles[1].Title, roles.Rows[1]["title"]);
    }
}
