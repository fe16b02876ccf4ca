namespace LeadQual.Taxonomy.Building;

/// <summary>One O*NET technology or tool name with its commodity title and how many occupations use it.</summary>
public sealed record OnetExample(string Name, string CommodityTitle, int Occupations, bool IsTool);
