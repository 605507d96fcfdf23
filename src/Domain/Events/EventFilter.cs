using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Events;

/// <summary>Events whose start falls in [From, To], involving Actor, of Kind, at least MinImportance.</summary>
public sealed record EventFilter(
    PartialDate? From = null, PartialDate? To = null, string? Actor = null, EventKind? Kind = null, int? MinImportance = null);
