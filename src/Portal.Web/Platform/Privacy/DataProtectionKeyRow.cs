namespace Portal.Web.Platform.Privacy;

/// <summary>A Data Protection key (XML), stored in the database so every app instance reads the same key ring.</summary>
public sealed class DataProtectionKeyRow
{
    public Guid Id { get; set; }

    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }

    public DateTime CreatedUtc { get; set; }
}

/// <summary>An application secret, itself protected with Data Protection (for example the personnummer lookup key).</summary>
public sealed class AppSecret
{
    public required string Name { get; set; }

    public required string ProtectedValue { get; set; }

    public DateTime CreatedUtc { get; set; }
}
