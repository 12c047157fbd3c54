using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.IntegrationTests;

/// <summary>
/// Records every command the app sends to the database (add it to <see cref="PortalAppFactory.Interceptors"/>): its text,
/// the transaction it runs in, and whether it reads rows. Tests use it to see how many queries a page makes, what they
/// read, and which writes share a transaction with which reads.
/// </summary>
public sealed class CommandRecorder : DbCommandInterceptor
{
    private readonly List<RecordedCommand> _seen = [];

    public sealed record RecordedCommand(string Text, DbTransaction? Transaction, bool ReadsRows);

    /// <summary>Every command since the last <see cref="Clear"/>, in order.</summary>
    public IReadOnlyList<RecordedCommand> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    /// <summary>The text of every command that returns rows (a select) since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<string> Reads => [.. Seen.Where(c => c.ReadsRows).Select(c => c.Text)];

    public void Clear()
    {
        lock (_seen)
        {
            _seen.Clear();
        }
    }

    private void Add(DbCommand command, bool readsRows)
    {
        lock (_seen)
        {
            _seen.Add(new RecordedCommand(command.CommandText, command.Transaction, readsRows));
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Add(command, readsRows: true);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add(command, readsRows: true);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Add(command, readsRows: false);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Add(command, readsRows: false);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Add(command, readsRows: false);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Add(command, readsRows: false);
        return ValueTask.FromResult(result);
    }
}
