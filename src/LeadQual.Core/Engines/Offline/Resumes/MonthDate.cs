namespace LeadQual.Engines.Offline.Resumes;

/// <summary>A month of a year; resumes rarely say more.</summary>
public readonly record struct MonthDate(int Year, int Month) : IComparable<MonthDate>
{
    public int Index => (Year * 12) + (Month - 1);

    public static MonthDate From(DateTimeOffset date) => new(date.Year, date.Month);

    public int CompareTo(MonthDate other) => Index.CompareTo(other.Index);

    public static bool operator <(MonthDate left, MonthDate right) => left.Index < right.Index;

    public static bool operator >(MonthDate left, MonthDate right) => left.Index > right.Index;

    public static bool operator <=(MonthDate left, MonthDate right) => left.Index <= right.Index;

    public static bool operator >=(MonthDate left, MonthDate right) => left.Index >= right.Index;

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
