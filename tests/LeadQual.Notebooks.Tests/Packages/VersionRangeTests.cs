using LeadQual.Notebooks.Packages;

namespace LeadQual.Notebooks.Tests.Packages;

public sealed class VersionRangeTests
{
    [Theory]
    [InlineData("10.1.403", "10.1.403", true)]
    [InlineData("10.1.403", "11.0.101", true)]
    [InlineData("10.1.403", "10.1.4", false)]
    [InlineData("[8.0.0, 9.0.0)", "8.0.0", true)]
    [InlineData("[8.0.0, 9.0.0)", "9.0.0", false)]
    [InlineData("[1.2.3]", "1.2.3", true)]
    [InlineData("[1.2.3]", "1.2.4", false)]
    [InlineData("1.0.0", "1.0.0-beta", false)]
    public void Allows_Version_FollowsNuGetRangeRules(string range, string version, bool allowed) =>
        Assert.Equal(allowed, VersionRange.Parse(range).Allows(version));
}
