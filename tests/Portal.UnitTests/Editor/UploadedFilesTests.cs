using System.Text;
using Portal.TestSupport;
using Portal.Web.Features.Editor;
using Portal.Web.Platform.Content;

namespace Portal.UnitTests.Editor;

/// <summary>Uploads are known by their content, kept within their size, and images lose their metadata.</summary>
public sealed class UploadedFilesTests
{
    [Fact]
    public void Png_KeepsThePicture_DropsTextAndExif()
    {
        // Arrange
        var original = TestImages.PngWithMetadata();

        // Act
        var (file, problem) = UploadedFiles.Inspect(original);

        // Assert
        Assert.Null(problem);
        Assert.Equal(UploadedFiles.Png, file!.MediaType);
        var text = Encoding.Latin1.GetString(file.Data);
        Assert.DoesNotContain(TestImages.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("tEXt", text, StringComparison.Ordinal);
        Assert.DoesNotContain("eXIf", text, StringComparison.Ordinal);
        Assert.Contains("IHDR", text, StringComparison.Ordinal);
        Assert.Contains("IDAT", text, StringComparison.Ordinal);
        Assert.EndsWith("IEND", text[..^4], StringComparison.Ordinal);
    }

    [Fact]
    public void Jpeg_KeepsJfifAndTheScan_DropsExifAndComments()
    {
        // Arrange
        var original = TestImages.JpegWithMetadata();

        // Act
        var (file, problem) = UploadedFiles.Inspect(original);

        // Assert
        Assert.Null(problem);
        Assert.Equal(UploadedFiles.Jpeg, file!.MediaType);
        var text = Encoding.Latin1.GetString(file.Data);
        Assert.DoesNotContain(TestImages.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        Assert.Contains("JFIF", text, StringComparison.Ordinal);
        Assert.Equal([0xFF, 0xD9], file.Data[^2..]);
        Assert.Equal(original.Length - (2 + 2 + 6 + TestImages.Secret.Length) - (2 + 2 + TestImages.Secret.Length), file.Data.Length);
    }

    [Fact]
    public void Pdf_IsKnownByItsContent_WhateverItIsCalled()
    {
        var (file, problem) = UploadedFiles.Inspect(TestImages.Pdf());

        Assert.Null(problem);
        Assert.Equal(UploadedFiles.Pdf, file!.MediaType);
        Assert.Equal("karta.pdf", FilesModel.FileName("karta.png", file.MediaType));
    }

    [Theory]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData("MZ\u0090\u0000 this is a program")]
    [InlineData("GIF89a")]
    public void OtherContent_IsRefused_WithASwedishMessage(string content)
    {
        var (file, problem) = UploadedFiles.Inspect(Encoding.Latin1.GetBytes(content));

        Assert.Null(file);
        Assert.Contains("inte en PNG- eller JPEG-bild eller en PDF-fil", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TooLargeOrBroken_IsRefused()
    {
        // Arrange
        var large = new byte[UploadedFiles.MaxImageBytes + 1];
        TestImages.PngWithMetadata().CopyTo(large, 0);
        var truncated = TestImages.PngWithMetadata()[..40];

        // Act
        var (_, tooLarge) = UploadedFiles.Inspect(large);
        var (_, broken) = UploadedFiles.Inspect(truncated);

        // Assert
        Assert.Contains("högst 5 MB", tooLarge, StringComparison.Ordinal);
        Assert.Contains("trasig", broken, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Karta över kontoren.PNG", "image/png", "karta-over-kontoren.png")]
    [InlineData("Blankett (2027).pdf", "application/pdf", "blankett-2027.pdf")]
    [InlineData("åäö.jpeg", "image/jpeg", "aao.jpg")]
    [InlineData("???.png", "image/png", "fil.png")]
    public void FileName_IsPlainLowerCase_WithTheExtensionOfTheContent(string uploaded, string mediaType, string expected)
    {
        var name = FilesModel.FileName(uploaded, mediaType);

        Assert.Equal(expected, name);
        Assert.True(ContentAttachments.IsFileName(name));
    }
}
