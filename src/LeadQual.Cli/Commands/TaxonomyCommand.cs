using System.CommandLine;
using LeadQual.Documents;
using LeadQual.Taxonomy;
using LeadQual.Taxonomy.Building;

namespace LeadQual.Cli.Commands;

/// <summary>
/// <c>leadqual taxonomy build</c>: regenerates data/taxonomy/skills.csv from the curated skills and
/// O*NET; <c>leadqual taxonomy stats</c>: what the shipped taxonomy holds.
/// </summary>
public static class TaxonomyCommand
{
    public static Command Create(CliContext context)
    {
        var onet = new Option<string>("--onet") { Description = "Folder with O*NET technology-skills.txt and tools-used.txt", Required = true };
        var folder = new Option<string>("--taxonomy") { Description = "Taxonomy folder holding curated-skills.csv; skills.csv is written there", DefaultValueFactory = _ => Path.Combine("data", "taxonomy") };
        var build = new Command("build", "Merge curated skills with O*NET names into skills.csv") { onet, folder };
        build.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var dir = result.GetValue(folder)!;
            if (!File.Exists(Path.Combine(dir, "curated-skills.csv")))
            {
                throw new InputException(Path.Combine(dir, "curated-skills.csv"), "file not found");
            }

            if (!Directory.Exists(result.GetValue(onet)))
            {
                throw new InputException(result.GetValue(onet)!, "O*NET folder not found");
            }

            using var curatedReader = File.OpenText(Path.Combine(dir, "curated-skills.csv"));
            var curated = TaxonomyCsv.ReadSkills(curatedReader, Path.Combine(dir, "curated-skills.csv"));
            var mappingPath = Path.Combine(dir, "onet-commodity-categories.csv");
            var mapping = File.Exists(mappingPath) ? OnetCommodityMap.Read(mappingPath) : new Dictionary<string, string>();
            var skills = TaxonomyBuilder.Build(curated, OnetReader.Read(result.GetValue(onet)!), mapping);
            await using (var writer = new StreamWriter(Path.Combine(dir, "skills.csv")))
            {
                TaxonomyCsv.WriteSkills(writer, skills);
            }

            await context.Output.WriteLineAsync($"wrote {skills.Count} skills with {skills.Sum(s => s.Aliases.Count)} aliases ({curated.Count} curated) to {Path.Combine(dir, "skills.csv")}").ConfigureAwait(false);
            return CliContext.Ok;
        }));

        var stats = new Command("stats", "Count the shipped taxonomy's skills, aliases, categories and fields");
        stats.SetAction(async (result, cancellationToken) =>
        {
            var taxonomy = TaxonomyLoader.Default;
            await context.Output.WriteLineAsync($"skills: {taxonomy.Skills.Count}, aliases: {taxonomy.AliasCount}, categories: {taxonomy.Categories.Count}, fields of study: {taxonomy.Fields.Count}").ConfigureAwait(false);
            return CliContext.Ok;
        });

        return new Command("taxonomy", "Build or inspect the skill taxonomy") { build, stats };
    }
}
