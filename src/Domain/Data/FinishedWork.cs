using Microsoft.EntityFrameworkCore.Storage;

namespace NewsTreaty.Domain.Data;

/// <summary>How a writer ends a transaction whose statements have all run.</summary>
internal static class FinishedWork
{
    /// <summary>
    /// Commits whatever the caller's cancellation says: done is done. A client that hangs up once every statement has
    /// run gains nothing from a cancelled commit, which EF Core would log as a transaction error (and the write, all of
    /// it, would be lost for no reason).
    /// </summary>
    public static Task CommitFinishedAsync(this IDbContextTransaction transaction) => transaction.CommitAsync(CancellationToken.None);
}
