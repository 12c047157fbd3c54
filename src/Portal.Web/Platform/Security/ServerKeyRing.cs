using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using OpenIddict.Validation;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Security;

/// <summary>Lifetimes of the OpenID Connect server's keys (section OpenIdServer:Keys).</summary>
public sealed class ServerKeyOptions
{
    public const string Section = "OpenIdServer:Keys";

    /// <summary>How long a key signs (or encrypts) tokens.</summary>
    public int LifetimeDays { get; set; } = 90;

    /// <summary>The next key is made this many days before the current one ends.</summary>
    public int RotateDaysBefore { get; set; } = 14;

    /// <summary>
    /// A new key is published this long before it signs, so every instance has read it (they look every
    /// <see cref="RefreshMinutes"/>) before a token signed with it reaches them.
    /// </summary>
    public int ActivationHours { get; set; } = 24;

    public int RefreshMinutes { get; set; } = 5;

    public IEnumerable<string> Problems()
    {
        if (LifetimeDays < 2 || RotateDaysBefore < 1 || RotateDaysBefore >= LifetimeDays)
        {
            yield return "OpenIdServer:Keys: LifetimeDays must be at least 2 and RotateDaysBefore between 1 and LifetimeDays - 1.";
        }

        if (RefreshMinutes < 1 || ActivationHours * 60 < RefreshMinutes * 2)
        {
            yield return "OpenIdServer:Keys: RefreshMinutes must be at least 1, and ActivationHours long enough for two refreshes.";
        }
    }
}

/// <summary>
/// The server's signing and encryption keys, kept in the database (<see cref="ServerKey"/>) and so shared by every
/// instance: a token signed on one instance is checked on another with the same key. Each instance reads the keys on
/// start and every few minutes; a new key is written ahead of time (ActivationHours) and signs only once every instance
/// has read it; an old key checks tokens until a day after it stopped signing. OpenIddict signs with the valid key that
/// ends last (its ordering of X.509 keys), so the keys are X.509 certificates whose dates are the key's.
/// </summary>
public sealed class ServerKeyRing(IServiceScopeFactory scopes, IDataProtectionProvider dataProtection, TimeProvider time, IOptions<ServerKeyOptions> options, ILogger<ServerKeyRing> logger) : IDisposable
{
    private static readonly TimeSpan KeptAfterEnd = TimeSpan.FromDays(1);

    private readonly IDataProtector _protector = dataProtection.CreateProtector("Portal.OpenIdServer.Keys");
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly Dictionary<Guid, X509Certificate2> _loaded = [];
    private CancellationTokenSource _changed = new();
    private Snapshot? _current;

    private sealed record Snapshot(IReadOnlyList<X509Certificate2> Signing, IReadOnlyList<X509Certificate2> Encryption, string Fingerprint);

    /// <summary>Fires when the set of keys, or which of them is valid, changes; OpenIddict's options are then rebuilt.</summary>
    public IChangeToken ChangeToken => new CancellationChangeToken(_changed.Token);

    /// <summary>The certificates that sign tokens now or did until lately, and the one that will next.</summary>
    public IReadOnlyList<X509Certificate2> SigningCertificates => Current.Signing;

    public IReadOnlyList<X509Certificate2> EncryptionCertificates => Current.Encryption;

    private Snapshot Current => _current ?? throw new InvalidOperationException("The OpenID Connect server's keys are not loaded: InitializeOpenIdServerAsync runs before the app serves requests.");

    /// <summary>Makes the keys that are due, deletes those past use, and reloads; tells OpenIddict when anything changed.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            var settings = options.Value;
            var now = time.GetUtcNow().UtcDateTime;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.ServerKeys.Where(k => k.NotAfterUtc < now - KeptAfterEnd).ExecuteDeleteAsync(cancellationToken);
            var rows = await db.ServerKeys.AsNoTracking().ToListAsync(cancellationToken);
            foreach (var use in new[] { ServerKey.Signing, ServerKey.Encryption })
            {
                var mine = rows.Where(r => r.Use == use).ToList();
                if (mine.Any(r => r.NotAfterUtc - now > TimeSpan.FromDays(settings.RotateDaysBefore)))
                {
                    continue;
                }

                // The first key works at once; a later one waits until every instance has read it.
                var notBefore = mine.Any(r => r.NotBeforeUtc <= now) ? now.AddHours(settings.ActivationHours) : now.AddMinutes(-5);
                var key = Create(use, mine.Count == 0 ? 1 : mine.Max(r => r.Sequence) + 1, now, notBefore, notBefore.AddDays(settings.LifetimeDays));
                db.ServerKeys.Add(key);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    logger.LogInformation("OpenID Connect server: new {Use} key {Sequence}, valid from {NotBefore:u} to {NotAfter:u}.", use, key.Sequence, key.NotBeforeUtc, key.NotAfterUtc);
                }
                catch (DbUpdateException)
                {
                    // Another instance made this key first (same use and sequence): use theirs.
                    db.ChangeTracker.Clear();
                }
            }

            rows = await db.ServerKeys.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
            var fingerprint = string.Join(",", rows.Select(r => $"{r.Id}:{(r.NotBeforeUtc <= now ? "on" : "soon")}"));
            if (_current?.Fingerprint == fingerprint)
            {
                return;
            }

            X509Certificate2 Load(ServerKey row)
            {
                if (!_loaded.TryGetValue(row.Id, out var certificate))
                {
                    certificate = X509CertificateLoader.LoadPkcs12(_protector.Unprotect(Convert.FromBase64String(row.ProtectedCertificate)), null, X509KeyStorageFlags.EphemeralKeySet);
                    _loaded[row.Id] = certificate;
                }

                return certificate;
            }

            _current = new Snapshot(
                rows.Where(r => r.Use == ServerKey.Signing).Select(Load).ToList(),
                rows.Where(r => r.Use == ServerKey.Encryption).Select(Load).ToList(),
                fingerprint);
            var changed = _changed;
            _changed = new CancellationTokenSource();
            await changed.CancelAsync();
        }
        finally
        {
            _refreshing.Release();
        }
    }

    public void Dispose()
    {
        _changed.Dispose();
        _refreshing.Dispose();
        foreach (var certificate in _loaded.Values)
        {
            certificate.Dispose();
        }
    }

    private ServerKey Create(string use, int sequence, DateTime now, DateTime notBefore, DateTime notAfter)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Omställningsportalen {(use == ServerKey.Signing ? "token signing" : "token encryption")} {sequence}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(use == ServerKey.Signing ? X509KeyUsageFlags.DigitalSignature : X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(notBefore, TimeSpan.Zero), new DateTimeOffset(notAfter, TimeSpan.Zero));
        return new ServerKey
        {
            Id = Guid.NewGuid(),
            Use = use,
            Sequence = sequence,
            CreatedUtc = now,
            NotBeforeUtc = notBefore,
            NotAfterUtc = notAfter,
            ProtectedCertificate = Convert.ToBase64String(_protector.Protect(certificate.Export(X509ContentType.Pkcs12))),
        };
    }

    /// <summary>Gives OpenIddict's server the keys, and rebuilds its options (and the validation's) when they change.</summary>
    internal sealed class ServerConfiguration(ServerKeyRing ring) : IConfigureOptions<OpenIddictServerOptions>, IOptionsChangeTokenSource<OpenIddictServerOptions>
    {
        public string Name => Options.DefaultName;

        public IChangeToken GetChangeToken() => ring.ChangeToken;

        public void Configure(OpenIddictServerOptions options)
        {
            foreach (var certificate in ring.SigningCertificates)
            {
                options.SigningCredentials.Add(new SigningCredentials(new X509SecurityKey(certificate), SecurityAlgorithms.RsaSha256));
            }

            foreach (var certificate in ring.EncryptionCertificates)
            {
                options.EncryptionCredentials.Add(new EncryptingCredentials(new X509SecurityKey(certificate), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
            }
        }
    }

    internal sealed class ValidationChangeTokenSource(ServerKeyRing ring) : IOptionsChangeTokenSource<OpenIddictValidationOptions>
    {
        public string Name => Options.DefaultName;

        public IChangeToken GetChangeToken() => ring.ChangeToken;
    }

    /// <summary>Refreshes the keys every RefreshMinutes (rotation, and keys made by other instances) and prunes old token entries.</summary>
    internal sealed class RefreshJob(ServerKeyRing ring, IServiceScopeFactory scopes, TimeProvider time, IOptions<ServerKeyOptions> options, ILogger<RefreshJob> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.RefreshMinutes), time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await ring.RefreshAsync(stoppingToken);
                    using var scope = scopes.CreateScope();
                    // Tokens and authorizations that ended more than a day ago are no longer needed to refuse anything.
                    var threshold = time.GetUtcNow().AddDays(-1);
                    await scope.ServiceProvider.GetRequiredService<OpenIddict.Abstractions.IOpenIddictTokenManager>().PruneAsync(threshold, stoppingToken);
                    await scope.ServiceProvider.GetRequiredService<OpenIddict.Abstractions.IOpenIddictAuthorizationManager>().PruneAsync(threshold, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "OpenID Connect server: refreshing the keys failed; the loaded keys stay in use.");
                }
            }
        }
    }
}
