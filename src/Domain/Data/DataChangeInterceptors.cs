using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsTreaty.Domain.Data;

/// <summary>
/// Turn EF Core's writes into <see cref="DataChanges"/> notifications, so no writer (API, editor pages, import)
/// has to remember to. A write inside a transaction is announced again when the transaction commits, because only
/// then can a reader see it: a cache filled between SaveChanges and the commit would otherwise keep the old data.
/// </summary>
internal static class DataChangeInterceptors
{
    public static IInterceptor[] For(DataChanges changes) => [new Saves(changes), new Commits(changes), new Commands(changes)];

    private sealed class Saves(DataChanges changes) : SaveChangesInterceptor
    {
        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            Announce(result);
            return result;
        }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Announce(result);
            return ValueTask.FromResult(result);
        }

        private void Announce(int rows)
        {
            if (rows > 0)
            {
                changes.Notify();
            }
        }
    }

    private sealed class Commits(DataChanges changes) : DbTransactionInterceptor
    {
        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => changes.Notify();

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            changes.Notify();
            return Task.CompletedTask;
        }
    }

    /// <summary>ExecuteUpdate, ExecuteDelete and raw SQL outside a transaction commit as they run.</summary>
    private sealed class Commands(DataChanges changes) : DbCommandInterceptor
    {
        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            Announce(command, result);
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Announce(command, result);
            return ValueTask.FromResult(result);
        }

        private void Announce(DbCommand command, int rows)
        {
            if (rows > 0 && command.Transaction is null)
            {
                changes.Notify();
            }
        }
    }
}
