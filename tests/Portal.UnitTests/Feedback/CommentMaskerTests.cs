using Portal.Web.Features.Feedback;

namespace Portal.UnitTests.Feedback;

public sealed class CommentMaskerTests
{
    [Theory]
    [InlineData("Mitt nummer är 19811218-9876 tack", "Mitt nummer är [personnummer borttaget] tack")]
    [InlineData("pnr 811218-9876.", "pnr [personnummer borttaget].")]
    [InlineData("pnr 8112189876", "pnr [personnummer borttaget]")]
    [InlineData("pnr 198112189876", "pnr [personnummer borttaget]")]
    [InlineData("född 121212+1212", "född [personnummer borttaget]")]
    [InlineData("ring 070-123 45 67", "ring [telefonnummer borttaget]")]
    [InlineData("ring +46 70 123 45 67 i dag", "ring [telefonnummer borttaget] i dag")]
    [InlineData("ring 08-123 456 78", "ring [telefonnummer borttaget]")]
    [InlineData("mejla anna.svensson@example.se nu", "mejla [e-postadress borttagen] nu")]
    [InlineData("mejla anna (at) example.se", "mejla [e-postadress borttagen]")]
    public void LooksLikePersonalData_IsMasked(string comment, string expected) =>
        Assert.Equal(expected, CommentMasker.Mask(comment));

    [Theory]
    [InlineData("Beslutet kom 2026-12-07 och jag fick 12 500 kr.")]
    [InlineData("Sidan om SGI var bra, men steg 3 var svår.")]
    [InlineData("Jag har varit sjuk i 180 dagar.")]
    public void OrdinaryText_IsKept(string comment) =>
        Assert.Equal(comment, CommentMasker.Mask(comment));
}
