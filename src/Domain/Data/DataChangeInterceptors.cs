using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsTreaty.Domain.Data;

/// <summary>
/// Turn EF Core's writes into <see cref="DataChanges"/> notifications, so no writer (API, editor pages, import)
/// has to remember to. A write inside a transaction is announced again when the transaction commits, because only
/// then can a reader see it: a cache filled between SaveChanges and the commit would otherwise keep the old data.
/// Each write is also marked as starting before it commits (<see cref="DataChanges.LocalWriteStarting"/>), so the SQLite
/// watch does not take a commit it sees before the announcement for another process's.
/// </summary>
internal static class DataChangeInterceptors
{
    public static IInterceptor[] For(DataChanges changes) => [new TextGuard(), new Saves(changes), new Commits(changes), new Commands(changes)];

    /// <summary>
    /// The last word on <see cref="ControlCharacters"/>: whatever path a write took (API, desk, import, CLI), no string
    /// with a forbidden character reaches either engine, and the error names the record and the property.
    /// </summary>
    private sealed class TextGuard : SaveChangesInterceptor
    {
        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            Check(eventData.Context);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Check(eventData.Context);
            return ValueTask.FromResult(result);
        }

        private static void Check(DbContext? context)
        {
            foreach (var entry in context?.ChangeTracker.Entries() ?? [])
            {
                if (entry.State is not (EntityState.Added or EntityState.Modified))
                {
                    continue;
                }

                foreach (var property in entry.Properties)
                {
                    if (property.CurrentValue is string text && (entry.State == EntityState.Added || property.IsModified))
                    {
                        var what = entry.Entity is Common.Entity { Slug.Length: > 0 } record ? $"{entry.Metadata.ClrType.Name} '{record.Slug}'" : entry.Metadata.ClrType.Name;
                        Common.ControlCharacters.Check(text, $"{what}: {property.Metadata.Name}");
                    }
                }
            }
        }
    }

    private sealed class Saves(DataChanges changes) : SaveChangesInterceptor
    {
        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            changes.LocalWriteStarting();
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            changes.LocalWriteStarting();
            return ValueTask.FromResult(result);
        }

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
        public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
        {
            changes.LocalWriteStarting();
            return result;
        }

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            changes.LocalWriteStarting();
            return ValueTask.FromResult(result);
        }

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
        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Starting(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Starting(command);
            return ValueTask.FromResult(result);
        }

        private void Starting(DbCommand command)
        {
            if (command.Transaction is null)
            {
                changes.LocalWriteStarting();
            }
        }

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
