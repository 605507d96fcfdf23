namespace NewsTreaty.Domain.Common;

/// <summary>A rule of the domain was broken by the caller's input; the message says which and how to fix it.</summary>
public class DomainException(string message) : Exception(message);

/// <summary>A referenced record does not exist.</summary>
public sealed class NotFoundException(string resource, string key)
    : DomainException($"No {resource} has the id or slug '{key}'.")
{
    public string Resource { get; } = resource;
    public string Key { get; } = key;
}
