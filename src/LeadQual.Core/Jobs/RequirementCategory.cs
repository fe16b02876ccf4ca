namespace LeadQual.Jobs;

/// <summary>Step 2.1/2.2 category of a requirement as the posting states it.</summary>
public enum RequirementCategory
{
    Required,
    Additional,
}
