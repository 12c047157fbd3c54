using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Pages.Questionnaire;

/// <summary>
/// A double click on "Skicka": two POSTs of the same check-answers form that are in flight at the same time. Both
/// requests are held just before they write the submission until both have read the response, so they truly overlap.
/// </summary>
public sealed class ConcurrentSubmitTests : IDisposable
{
    private readonly PortalAppFactory _app = new();
    private readonly SubmissionGate _gate = new(requests: 2);

    public ConcurrentSubmitTests() => _app.Interceptors.Add(_gate);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task DoubleClickOnSkicka_TwoSimultaneousPosts_BothGetTheConfirmation_OneSubmissionIsStored()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        await QuestionnaireJourneyTests.AnswerEverythingAsync(client, invitation);
        var (_, check) = await client.GetAsync(invitation.Form("/kontrollera"));

        // Act
        var responses = await Task.WhenAll(
            Task.Run(() => client.SubmitAsync(check, invitation.Form("/kontrollera"))),
            Task.Run(() => client.SubmitAsync(check, invitation.Form("/kontrollera"))));
        var (doneResponse, done) = await client.GetAsync(invitation.Form("/klart"));

        // Assert
        Assert.True(_gate.Overlapped, "The two submissions did not overlap.");
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.All(responses, r => Assert.Equal(invitation.Form("/klart"), FormClient.Location(r)));
        Assert.Equal(HttpStatusCode.OK, doneResponse.StatusCode);
        Assert.Matches("FM-[A-Z0-9]{4}-[A-Z0-9]{4}", done.QuerySelector("main")!.TextContent);
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(1, await db.ResponseSubmissions.CountAsync());
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.EventType == AuditEventType.QuestionnaireSubmitted.Name));
        var response = await db.QuestionnaireResponses.SingleAsync();
        Assert.Equal(response.Revision, response.SubmittedRevision);
    }

    /// <summary>Holds each save that adds a submission until <c>requests</c> of them have arrived (or a generous wait has passed).</summary>
    private sealed class SubmissionGate(int requests) : SaveChangesInterceptor
    {
        private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public bool Overlapped => _allArrived.Task.IsCompletedSuccessfully;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<ResponseSubmission>().Any(e => e.State == EntityState.Added) && !_allArrived.Task.IsCompleted)
            {
                if (Interlocked.Increment(ref _arrived) >= requests)
                {
                    _allArrived.TrySetResult();
                }

                // Not an assertion: if the other request never comes, this one goes on and Overlapped says so.
                await Task.WhenAny(_allArrived.Task, Task.Delay(TimeSpan.FromSeconds(30), cancellationToken));
            }

            return result;
        }
    }
}
