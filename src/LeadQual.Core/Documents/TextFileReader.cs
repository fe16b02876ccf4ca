using System.Text;

namespace LeadQual.Documents;

/// <summary>Reads a user's text file, refusing what is missing, too large, binary or empty with a one-line reason.</summary>
public static class TextFileReader
{
    public static async Task<string> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new InputException(path, "file not found");
        }

        if (file.Length > InputLimits.MaxFileBytes)
        {
            throw new InputException(path, $"file is {file.Length / 1024.0 / 1024.0:0.0} MB, over the {InputLimits.MaxFileBytes / 1024 / 1024} MB limit for a posting or resume");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Decode(path, bytes);
    }

    public static string Decode(string source, byte[] bytes)
    {
        if (LooksBinary(bytes))
        {
            throw new InputException(source, "not a text file (binary content)");
        }

        var text = new UTF8Encoding(false, false).GetString(bytes).TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException(source, "file has no text");
        }

        return text;
    }

    // NUL bytes or a high share of control characters mean a binary file, not an odd text encoding.
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (sample.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b < 32 && b is not (9 or 10 or 12 or 13))
            {
                control++;
            }
        }

        return sample.Length > 0 && control > sample.Length / 20;
    }
}
