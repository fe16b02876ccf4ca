namespace LeadQual.Engines.Offline.Tagging;

/// <summary>
/// Groups a posting's lines into headings, bullets and paragraphs. Postings are often hard-wrapped, so
/// a line that continues a bullet or a paragraph is joined to it before sentences are read.
/// </summary>
public static class PostingBlocks
{
    public static IReadOnlyList<PostingBlock> Read(string description)
    {
        var blocks = new List<PostingBlock>();
        string? current = null;
        var currentIsBullet = false;

        void Flush()
        {
            if (current is not null)
            {
                blocks.Add(new PostingBlock(current, false, currentIsBullet));
            }

            current = null;
        }

        foreach (var raw in description.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var heading = SectionHeadings.HeadingText(line);
            if (heading is not null)
            {
                Flush();
                blocks.Add(new PostingBlock(heading, true, false));
                // "Requirements: 3+ years of ..." carries its first item on the heading line.
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var rest = colon >= 0 ? line[(colon + 1)..].Trim().Trim('*').Trim() : string.Empty;
                if (rest.Length > 2)
                {
                    blocks.Add(new PostingBlock(rest, false, false));
                }

                continue;
            }

            if (SectionHeadings.IsBullet(line))
            {
                Flush();
                current = SectionHeadings.StripBullet(line);
                currentIsBullet = true;
                continue;
            }

            if (current is null)
            {
                current = line;
                currentIsBullet = false;
            }
            else
            {
                current += " " + line;
            }
        }

        Flush();
        return blocks;
    }
}
