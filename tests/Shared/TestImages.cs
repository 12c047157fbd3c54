using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Portal.TestSupport;

/// <summary>Small valid images and documents built in code, with the metadata a camera or an editor program leaves in them.</summary>
public static class TestImages
{
    /// <summary>What the metadata says; it must not survive an upload.</summary>
    public const string Secret = "GPS 59.3293 18.0686 Anna Andersson";

    /// <summary>A 2x2 grey PNG with a tEXt chunk and an eXIf chunk holding <see cref="Secret"/>.</summary>
    public static byte[] PngWithMetadata()
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, 2);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 2);
        header[8] = 8; // bit depth
        header[9] = 0; // greyscale
        Chunk(output, "IHDR", header);
        Chunk(output, "tEXt", Encoding.Latin1.GetBytes("Comment\0" + Secret));
        using (var pixels = new MemoryStream())
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write([0, 0x80, 0x80, 0, 0x80, 0x80]);
            }

            Chunk(output, "IDAT", pixels.ToArray());
        }

        Chunk(output, "eXIf", Encoding.ASCII.GetBytes(Secret));
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>The skeleton of a JPEG: SOI, APP0 (JFIF), APP1 (EXIF with <see cref="Secret"/>), a comment, DQT, SOS with data, EOI.</summary>
    public static byte[] JpegWithMetadata()
    {
        using var output = new MemoryStream();
        output.Write([0xFF, 0xD8]);
        Segment(output, 0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(output, 0xE1, [.. "Exif\0\0"u8, .. Encoding.ASCII.GetBytes(Secret)]);
        Segment(output, 0xFE, Encoding.ASCII.GetBytes(Secret));
        Segment(output, 0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(output, 0xDA, [1, 1, 0, 0, 63, 0]);
        output.Write([0x12, 0x34, 0x56, 0xFF, 0x00, 0x78]);
        output.Write([0xFF, 0xD9]);
        return output.ToArray();
    }

    /// <summary>A minimal one-page PDF.</summary>
    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj " +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.Write(crc);
    }

    private static void Segment(Stream output, byte marker, byte[] data)
    {
        output.Write([0xFF, marker, (byte)((data.Length + 2) >> 8), (byte)((data.Length + 2) & 0xFF)]);
        output.Write(data);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
