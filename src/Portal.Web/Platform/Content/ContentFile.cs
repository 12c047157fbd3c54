using System.Security.Cryptography;
using System.Text;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Platform.Content;

/// <summary>One file of the content/ baseline, read and checked by its content type, ready to be stored as a version.</summary>
public sealed record ContentFile(
    string ContentType,
    string Key,
    Language Language,
    PageMetadata Metadata,
    string Body,
    string SourceHash)
{
    /// <summary>Line endings as in the content/ files and no byte-order mark: what is hashed and parsed.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');

    /// <summary>The source hash a file with this text gets (SHA-256 of the normalized text), without parsing it.</summary>
    public static string HashOf(string text) => Hash(Normalize(text));

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>A content file that cannot be imported. The message names the file and what is wrong.</summary>
public sealed class ContentFormatException(string fileName, string problem) : Exception($"{fileName}: {problem}")
{
    public string FileName { get; } = fileName;

    public string Problem { get; } = problem;
}
