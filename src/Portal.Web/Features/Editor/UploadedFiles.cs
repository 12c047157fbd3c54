using System.Buffers.Binary;

namespace Portal.Web.Features.Editor;

/// <summary>What an uploaded file turned out to be: its media type and the bytes to store (metadata removed from images).</summary>
public sealed record InspectedFile(string MediaType, byte[] Data)
{
    public bool IsImage => MediaType.StartsWith("image/", StringComparison.Ordinal);
}

/// <summary>
/// Checks an editor's upload from its content, never from its name or the browser's claim: PNG and JPEG images and PDF
/// documents, each within its size limit. From images everything but the picture is removed (EXIF with camera and
/// place, XMP, text chunks, comments), by walking the PNG chunks and the JPEG segments.
/// </summary>
public static class UploadedFiles
{
    public const int MaxImageBytes = 5 * 1024 * 1024;

    public const int MaxPdfBytes = 10 * 1024 * 1024;

    public const string Png = "image/png";

    public const string Jpeg = "image/jpeg";

    public const string Pdf = "application/pdf";

    /// <summary>The file extension each type is stored and named with.</summary>
    public static string Extension(string mediaType) => mediaType switch
    {
        Png => ".png",
        Jpeg => ".jpg",
        _ => ".pdf",
    };

    /// <summary>The file, or a Swedish message saying why it cannot be used.</summary>
    public static (InspectedFile? File, string? Problem) Inspect(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length == 0)
        {
            return (null, "Filen är tom.");
        }

        if (StartsWith(data, PngSignature))
        {
            return data.Length > MaxImageBytes ? (null, TooLarge(MaxImageBytes)) : Checked(Png, StripPng(data));
        }

        if (data.Length > 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            return data.Length > MaxImageBytes ? (null, TooLarge(MaxImageBytes)) : Checked(Jpeg, StripJpeg(data));
        }

        if (StartsWith(data, "%PDF-"u8))
        {
            return data.Length > MaxPdfBytes ? (null, TooLarge(MaxPdfBytes)) : (new InspectedFile(Pdf, data), null);
        }

        return (null, "Filen är inte en PNG- eller JPEG-bild eller en PDF-fil. Vilken sorts fil det är avgörs av innehållet, inte av namnet.");
    }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Chunks that describe the picture itself; text, EXIF, time stamps and all others are dropped.</summary>
    private static readonly HashSet<string> PngKept = ["IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "sBIT", "bKGD", "pHYs"];

    private static (InspectedFile? File, string? Problem) Checked(string mediaType, byte[]? stripped) =>
        stripped is null ? (null, "Bilden är trasig eller ofullständig och kan inte användas.") : (new InspectedFile(mediaType, stripped), null);

    private static string TooLarge(int max) => $"Filen är för stor. Den får vara högst {max / (1024 * 1024)} MB.";

    private static bool StartsWith(byte[] data, ReadOnlySpan<byte> prefix) => data.AsSpan().StartsWith(prefix);

    /// <summary>The PNG with only the kept chunks; null when the chunk structure is broken.</summary>
    public static byte[]? StripPng(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(PngSignature);
        var position = PngSignature.Length;
        var ended = false;
        var sawHeader = false;
        while (!ended && position + 12 <= data.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(position));
            if (length > int.MaxValue || position + 12 + (long)length > data.Length)
            {
                return null;
            }

            var type = System.Text.Encoding.ASCII.GetString(data, position + 4, 4);
            var total = 12 + (int)length;
            sawHeader |= type == "IHDR";
            if (PngKept.Contains(type))
            {
                output.Write(data, position, total);
            }

            ended = type == "IEND";
            position += total;
        }

        return ended && sawHeader ? output.ToArray() : null;
    }

    /// <summary>
    /// The JPEG without application segments APP1-APP13 and APP15 (EXIF, XMP, ICC, Photoshop, vendor data) and
    /// comments; APP0 (JFIF) and APP14 (Adobe, which says how the colours are coded) stay. Null when the segment
    /// structure is broken.
    /// </summary>
    public static byte[]? StripJpeg(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(data, 0, 2);
        var position = 2;
        while (position + 4 <= data.Length)
        {
            if (data[position] != 0xFF)
            {
                return null;
            }

            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            if (marker == 0xD9)
            {
                output.Write(data, position, 2);
                return output.ToArray();
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(position + 2));
            if (length < 2 || position + 2 + length > data.Length)
            {
                return null;
            }

            var metadata = (marker >= 0xE1 && marker <= 0xED) || marker == 0xEF || marker == 0xFE;
            if (marker == 0xDA)
            {
                // Start of scan: the compressed picture follows up to the end; copy the rest as it is.
                output.Write(data, position, data.Length - position);
                return output.ToArray();
            }

            if (!metadata)
            {
                output.Write(data, position, 2 + length);
            }

            position += 2 + length;
        }

        return null;
    }
}
