using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Data;

/// <summary>The app runs with the EF Core compiled model of its provider (tools/compiled-model.sh), not one built at start.</summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void App_UsesTheCompiledModelOfItsProvider()
    {
        // Arrange
        using var app = new PortalAppFactory();
        using var scope = app.Services.CreateScope();

        // Act
        var model = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Model;

        // Assert
        if (app.Database.Provider == DatabaseProvider.Postgres)
        {
            Assert.IsType<Portal.Web.Platform.Data.CompiledModels.Postgres.PostgresPortalDbContextModel>(model);
        }
        else
        {
            Assert.IsType<Portal.Web.Platform.Data.CompiledModels.Sqlite.PortalDbContextModel>(model);
        }
    }
}
