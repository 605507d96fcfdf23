using System.Globalization;
using System.Linq.Expressions;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Querying;

internal static class KeyLookup
{
    /// <summary>Matches "42" by id and anything else by slug.</summary>
    public static Expression<Func<T, bool>> ByIdOrSlug<T>(string key) where T : Entity =>
        int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? e => e.Id == id
            : e => e.Slug == key;

    public static int ClampLimit(int? limit, int @default = 50, int max = 500) =>
        limit switch
        {
            null => @default,
            _ when limit < 1 || limit > max => throw new DomainException($"limit must be between 1 and {max}."),
            _ => limit.Value,
        };
}
