using Portal.TestSupport;

namespace Portal.IntegrationTests.Pages.Staff;

/// <summary>Every staff page, in its normal and its error states, passes the Nu HTML Checker with zero errors.</summary>
[Collection(PortalAppGroup.Name)]
public sealed class StaffHtmlValidityTests(PortalAppFactory factory)
{
    private static async Task<string> HtmlAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    [Fact]
    public async Task AllStaffPages_PassTheNuHtmlChecker()
    {
        // Arrange
        var meeting = await factory.CreateMeetingForAsync("demo-handlaggare");
        var notSubmitted = await factory.CreateMeetingForAsync("demo-handlaggare", submit: false);
        var hidden = await factory.CreateMeetingForAsync("demo-handlaggare", protectedIdentity: true);
        var pages = new Dictionary<string, string>();
        var anonymous = new FormClient(factory.CreateBrowserLikeClient());
        await factory.SeedStaffAsync();
        pages["sign-in"] = await HtmlAsync(await anonymous.Http.GetAsync("/personal/logga-in"));
        pages["sign-in signed out"] = await HtmlAsync(await anonymous.Http.GetAsync("/personal/logga-in?utloggad=true"));
        pages["sign-in error"] = await HtmlAsync(await anonymous.SubmitAsync("/personal/logga-in", ("UserName", ""), ("Password", "")));
        await anonymous.SubmitAsync("/personal/logga-in", ("UserName", StaffTestData.Bo.UserName), ("Password", StaffTestData.Bo.Password));
        pages["two-factor"] = await HtmlAsync(await anonymous.Http.GetAsync("/personal/tvastegsverifiering"));
        pages["two-factor error"] = await HtmlAsync(await anonymous.SubmitAsync("/personal/tvastegsverifiering", ("Code", "abc")));
        pages["recovery code"] = await HtmlAsync(await anonymous.Http.GetAsync("/personal/aterstallningskod"));
        pages["recovery code error"] = await HtmlAsync(await anonymous.SubmitAsync("/personal/aterstallningskod", ("Code", "")));

        var anna = await factory.SignInAsStaffAsync(StaffTestData.Anna);
        pages["start"] = await HtmlAsync(await anna.Http.GetAsync("/personal"));
        pages["access denied"] = await HtmlAsync(await anna.Http.GetAsync("/personal/ingen-behorighet"));
        pages["sign out"] = await HtmlAsync(await anna.Http.GetAsync("/personal/logga-ut"));
        pages["change password"] = await HtmlAsync(await anna.Http.GetAsync("/personal/konto/byt-losenord"));
        pages["change password errors"] = await HtmlAsync(await anna.SubmitAsync("/personal/konto/byt-losenord", ("CurrentPassword", ""), ("NewPassword", "a"), ("RepeatPassword", "b")));
        pages["meetings"] = await HtmlAsync(await anna.Http.GetAsync("/handlaggare/moten"));
        pages["meetings filtered"] = await HtmlAsync(await anna.Http.GetAsync("/handlaggare/moten?visa=tidigare&status=read&sortera=status"));
        pages["new meeting"] = await HtmlAsync(await anna.Http.GetAsync("/handlaggare/moten/nytt"));
        pages["new meeting errors"] = await HtmlAsync(await anna.SubmitAsync("/handlaggare/moten/nytt", ("Input.Date", "x")));
        var date = factory.Clock.GetUtcNow().AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        pages["meeting created"] = await HtmlAsync(await anna.SubmitAsync("/handlaggare/moten/nytt", ("Input.Type", "kontaktmote"), ("Input.Channel", "telefon"), ("Input.Date", date), ("Input.Time", "09:30"), ("Input.Personnummer", "19121212-1212"), ("Input.Name", "Tolvan Tolvansson")));
        pages["answers"] = await HtmlAsync(await anna.Http.GetAsync($"/handlaggare/moten/{meeting}"));
        pages["answers note error"] = await HtmlAsync(await anna.PostToAsync($"/handlaggare/moten/{meeting}", $"/handlaggare/moten/{meeting}?handler=Note", ("Note", "")));
        pages["answers not submitted"] = await HtmlAsync(await anna.Http.GetAsync($"/handlaggare/moten/{notSubmitted}"));
        pages["answers protected"] = await HtmlAsync(await anna.Http.GetAsync($"/handlaggare/moten/{hidden}"));
        pages["print"] = await HtmlAsync(await anna.Http.GetAsync($"/handlaggare/moten/{meeting}/utskrift"));

        var admin = await factory.SignInAsStaffAsync(StaffTestData.Admin);
        pages["accounts"] = await HtmlAsync(await admin.Http.GetAsync("/admin/konton"));
        pages["accounts errors"] = await HtmlAsync(await admin.SubmitAsync("/admin/konton", ("Input.UserName", "Ogiltigt namn!"), ("Input.Password", "kort")));
        pages["account"] = await HtmlAsync(await admin.Http.GetAsync("/admin/konton/demo-ny?klart=roller"));
        pages["own account refused"] = await HtmlAsync(await admin.SubmitAsync($"/admin/konton/{StaffTestData.Admin.Id}", ("Roles", "Redaktör")));
        pages["audit log"] = await HtmlAsync(await admin.Http.GetAsync("/admin/granskningslogg"));
        pages["follow-up"] = await HtmlAsync(await admin.Http.GetAsync("/uppfoljning"));
        pages["follow-up quarter"] = await HtmlAsync(await admin.Http.GetAsync("/uppfoljning?period=kvartal&typ=kontaktmote"));
        pages["audit log errors"] = await HtmlAsync(await admin.Http.GetAsync("/admin/granskningslogg?from=igar&to=2026-13-01"));
        pages["case systems"] = await HtmlAsync(await admin.Http.GetAsync("/admin/arendesystem"));
        pages["case systems errors"] = await HtmlAsync(await admin.SubmitAsync("/admin/arendesystem", ("Input.Name", "")));
        var registered = await admin.SubmitAsync("/admin/arendesystem", ("Input.Name", "Ärendehanteringen"), ("Input.Scopes", "meetings.read"), ("Input.ActsForUserId", StaffTestData.Anna.Id));
        pages["case system registered"] = await HtmlAsync(registered);
        // The system just registered (the shared app has the tests' own systems too, which must stay).
        var systemLink = (await PortalAppFactory.ParseAsync(registered)).QuerySelectorAll("table a[href^='/admin/arendesystem/']").Last(a => a.TextContent == "Ärendehanteringen").GetAttribute("href")!;
        pages["case system"] = await HtmlAsync(await admin.Http.GetAsync(systemLink));
        pages["case system rotated"] = await HtmlAsync(await admin.PostToAsync(systemLink, systemLink + "?handler=Rotate"));
        pages["case system revoked"] = await HtmlAsync(await admin.PostToAsync(systemLink, systemLink + "?handler=Revoke"));

        // Act
        var errors = await HtmlChecker.ErrorsAsync(pages);

        // Assert
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
