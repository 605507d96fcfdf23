namespace NewsTreaty.Api.Infrastructure;

/// <summary>Stable problem "type" URIs; each is documented in docs/api-errors.md.</summary>
public static class ProblemTypes
{
    private const string Base = "https://newstreaty.dev/problems/";
    public const string Validation = Base + "validation";
    public const string NotFound = Base + "not-found";
    public const string InvalidBundle = Base + "invalid-bundle";
    public const string BadRequest = Base + "bad-request";
    public const string ServerError = Base + "server-error";
}
