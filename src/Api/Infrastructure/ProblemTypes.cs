namespace NewsTreaty.Api.Infrastructure;

/// <summary>Stable problem "type" URIs; each is documented in docs/api-writes.md.</summary>
public static class ProblemTypes
{
    /// <summary>What every type here starts with.</summary>
    public const string Base = "https://newstreaty.dev/problems/";
    public const string Validation = Base + "validation";
    public const string NotFound = Base + "not-found";
    public const string InvalidBundle = Base + "invalid-bundle";
    public const string BadRequest = Base + "bad-request";
    public const string ServerError = Base + "server-error";
    public const string ServiceUnavailable = Base + "service-unavailable";
    public const string Unauthorized = Base + "unauthorized";
    public const string Forbidden = Base + "forbidden";
    public const string Conflict = Base + "conflict";
    public const string PreconditionFailed = Base + "precondition-failed";
    public const string PreconditionRequired = Base + "precondition-required";
    public const string PayloadTooLarge = Base + "payload-too-large";
    public const string UnsupportedMediaType = Base + "unsupported-media-type";
    public const string UnprocessableContent = Base + "unprocessable-content";
    public const string TooManyRequests = Base + "too-many-requests";
}
