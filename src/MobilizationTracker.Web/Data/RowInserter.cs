using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MobilizationTracker.Web.Data;

/// <summary>
/// Inserts new rows of one entity type through one command, kept for every row of a transaction:
/// the INSERT is prepared once and its parameters rebound, where EF Core's SaveChanges builds,
/// prepares and runs a command through its whole pipeline for each row (SQLite does not batch).
/// The columns, names and value conversions come from the EF Core model, so it writes what
/// SaveChanges would: every property the model saves on insert, the store-generated key read back
/// with RETURNING (SQLite and PostgreSQL both have it) and set on the entity. The database's
/// triggers run as for any insert. Errors surface as <see cref="DbUpdateException"/>, as from SaveChanges.
/// </summary>
internal sealed class RowInserter : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly (IProperty Property, RelationalTypeMapping Mapping, string Name)[] _columns;
    private readonly IProperty? _generatedKey;
    private readonly string _what;

    public RowInserter(DbContext db, IEntityType type)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        _what = type.ShortName();
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var key = type.FindPrimaryKey()!.Properties;
        _generatedKey = key is [{ ValueGenerated: ValueGenerated.OnAdd } only] ? only : null;
        _columns = [.. type.GetProperties()
            .Where(p => p != _generatedKey && p.GetBeforeSaveBehavior() == PropertySaveBehavior.Save)
            .Select((p, i) => (p, p.GetRelationalTypeMapping(), "@p" + i))];

        var connection = db.Database.GetDbConnection();
        _command = connection.CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are inserted inside the caller's transaction.");
        _command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", _columns.Select(c => c.Name))})"
            + (_generatedKey is null ? "" : $" RETURNING {sql.DelimitIdentifier(_generatedKey.GetColumnName(table)!)}");
    }

    /// <summary>Inserts the entity's row; a store-generated key is set on the entity.</summary>
    public async Task InsertAsync(object entity, CancellationToken ct)
    {
        if (_command.Parameters.Count == 0)
        {
            // The mapping's own parameters, made from the first row: provider types and settings as SaveChanges sends them.
            foreach (var (property, mapping, name) in _columns)
            {
                _command.Parameters.Add(mapping.CreateParameter(_command, name, property.GetGetter().GetClrValue(entity), property.IsNullable));
            }

            await _command.PrepareAsync(ct);
        }
        else
        {
            // The same parameters with the next row's values, converted by the mapping as it converts for
            // SaveChanges: on PostgreSQL, parameters added anew to the prepared command sent the first
            // row's values again (the PostgreSQL ingestion tests caught it).
            for (var i = 0; i < _columns.Length; i++)
            {
                var (property, mapping, name) = _columns[i];
                _command.Parameters[i].Value = mapping.CreateParameter(_command, name, property.GetGetter().GetClrValue(entity), property.IsNullable).Value;
            }
        }

        try
        {
            if (_generatedKey is null)
            {
                await _command.ExecuteNonQueryAsync(ct);
            }
            else
            {
                var id = await _command.ExecuteScalarAsync(ct);
                _generatedKey.PropertyInfo!.SetValue(entity, Convert.ChangeType(id, _generatedKey.ClrType, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        catch (DbException e)
        {
            throw new DbUpdateException($"Inserting a {_what} row failed: {e.Message}", e);
        }
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
