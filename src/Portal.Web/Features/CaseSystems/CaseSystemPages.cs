namespace Portal.Web.Features.CaseSystems;

/// <summary>A client secret shown once, on the response that made it.</summary>
public sealed record SecretView(string Name, string ClientId, string Secret, string TokenAddress);
