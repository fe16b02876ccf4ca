namespace LeadQual.Evaluation.Data;

/// <summary>What is wrong with a resume as a document; serialised snake_case (<c>low_content</c> …).</summary>
public enum QualityFlag
{
    /// <summary>Too little text to judge.</summary>
    LowContent,
    MissingExperience,
    MissingEducation,
    MissingSkills,

    /// <summary>Roles listed without dates.</summary>
    MissingDates,

    /// <summary>Garbled extraction, tables flattened into noise.</summary>
    UnparseableFormat,
}
