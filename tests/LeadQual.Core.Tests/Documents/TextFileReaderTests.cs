using LeadQual.Documents;

namespace LeadQual.Core.Tests.Documents;

public sealed class TextFileReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("leadqual-files-").FullName;

    [Fact]
    public async Task ReadAsync_MissingFile_NamesTheFile()
    {
        var path = Path.Combine(folder, "nope.md");

        var error = await Assert.ThrowsAsync<InputException>(() => TextFileReader.ReadAsync(path));

        Assert.Equal($"{path}: file not found", error.Message);
    }

    [Fact]
    public async Task ReadAsync_BinaryGarbage_IsRefused()
    {
        var path = Path.Combine(folder, "garbage.md");
        await File.WriteAllBytesAsync(path, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x01]);

        var error = await Assert.ThrowsAsync<InputException>(() => TextFileReader.ReadAsync(path));

        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_TenMegabytes_IsRefusedBeforeReading()
    {
        var path = Path.Combine(folder, "huge.md");
        await File.WriteAllTextAsync(path, new string('a', 10 * 1024 * 1024));

        var error = await Assert.ThrowsAsync<InputException>(() => TextFileReader.ReadAsync(path));

        Assert.Contains("10.0 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_WhitespaceOnly_HasNoText()
    {
        var path = Path.Combine(folder, "empty.md");
        await File.WriteAllTextAsync(path, " \n\t\n");

        var error = await Assert.ThrowsAsync<InputException>(() => TextFileReader.ReadAsync(path));

        Assert.EndsWith("file has no text", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
