/* pz-user-import-writer.c
 *
 * Writes one import into the user database as the rows arrive, inside
 * one transaction: a list of millions of rows is never held in memory,
 * and a failure or a cancel midway leaves the database as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-user-database"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-user-database-private.h"

struct _PzUserImportWriter
{
  PzUserDatabase *database;
  sqlite3_stmt   *insert;
  gint64          import_id;
  guint           n_rows;
  char           *sha256;     /* known once the file was read to its end */
  gint64          n_before;   /* enterprises before this import (at most) */
  gboolean        indexes_dropped;
  gboolean        open;       /* the transaction is still to commit or roll back */
};

/* An import larger than the data before it goes faster without the
 * indexes, built again at the commit in one sorted pass (the same
 * indexes, in the same transaction: a reader or a rollback never sees
 * them missing). Below this many rows it is not worth it. */
#define MIN_ROWS_TO_REINDEX 100000

static gboolean
fail (PzUserImportWriter  *self,
      GError             **error)
{
  return _pz_user_database_fail (self->database, error, PZ_USER_DATABASE_ERROR_WRITE, _("store the import"));
}

/**
 * pz_user_database_begin_import:
 * @file_name: the file's name, as the list of imports shows it
 * @sha256: (nullable): the SHA-256 of the file's bytes, in hex
 *
 * Starts an import; a second process that is writing is waited for (the
 * busy timeout).
 *
 * Returns: (transfer full): the writer, or %NULL with @error set
 */
PzUserImportWriter *
pz_user_database_begin_import (PzUserDatabase  *database,
                               const char      *file_name,
                               const char      *sha256,
                               GError         **error)
{
  g_autoptr(PzUserImportWriter) self = g_new0 (PzUserImportWriter, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = g_date_time_format_iso8601 (now);
  sqlite3 *db = _pz_user_database_get_handle (database);
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (database), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  self->database = g_object_ref (database);
  /* The one foreign key, the import's id, is the row this writer adds
   * first; checking it for each row of millions is time lost. The pragma
   * holds outside a transaction only: set here and restored at the end. */
  if (sqlite3_exec (db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    {
      fail (self, error);
      return NULL;
    }
  self->open = TRUE;

  if (sqlite3_prepare_v2 (db, "SELECT coalesce(max(id), 0) FROM enterprises", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    self->n_before = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);

  ok = sqlite3_prepare_v2 (db, "INSERT INTO imports (file_name, imported, rows, sha256) VALUES (?, ?, 0, ?)",
                           -1, &stmt, NULL) == SQLITE_OK &&
       sqlite3_bind_text (stmt, 1, file_name, -1, SQLITE_STATIC) == SQLITE_OK &&
       sqlite3_bind_text (stmt, 2, when, -1, SQLITE_STATIC) == SQLITE_OK &&
       (sha256 != NULL ? sqlite3_bind_text (stmt, 3, sha256, -1, SQLITE_STATIC)
                       : sqlite3_bind_null (stmt, 3)) == SQLITE_OK &&
       sqlite3_step (stmt) == SQLITE_DONE;
  sqlite3_finalize (stmt);
  self->import_id = sqlite3_last_insert_rowid (db);

  if (!ok ||
      sqlite3_prepare_v2 (db, "INSERT INTO enterprises (import_id, name, zone_id, lat, lon, line)"
                          " VALUES (?, ?, ?, ?, ?, ?)", -1, &self->insert, NULL) != SQLITE_OK)
    {
      fail (self, error);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * pz_user_database_try_begin_import:
 *
 * Like pz_user_database_begin_import(), but a database another process is
 * writing fails at once with %PZ_USER_DATABASE_ERROR_BUSY instead of being
 * waited for: the caller can say that it waits before it does.
 *
 * Returns: (transfer full): the writer, or %NULL with @error set
 */
PzUserImportWriter *
pz_user_database_try_begin_import (PzUserDatabase  *database,
                                   const char      *file_name,
                                   const char      *sha256,
                                   GError         **error)
{
  sqlite3 *db = _pz_user_database_get_handle (database);
  PzUserImportWriter *writer;

  sqlite3_busy_timeout (db, 0);
  writer = pz_user_database_begin_import (database, file_name, sha256, error);
  sqlite3_busy_timeout (db, _PZ_USER_DATABASE_BUSY_TIMEOUT_MS);
  return writer;
}

gboolean
pz_user_import_writer_add (PzUserImportWriter  *self,
                           const PzImportRow   *row,
                           GError             **error)
{
  sqlite3_stmt *stmt = self->insert;
  gboolean ok;

  g_return_val_if_fail (self != NULL && self->open, FALSE);

  sqlite3_reset (stmt);
  if (!self->indexes_dropped && self->n_rows >= MIN_ROWS_TO_REINDEX && self->n_rows >= self->n_before)
    {
      if (sqlite3_exec (_pz_user_database_get_handle (self->database), _PZ_USER_DATABASE_DROP_INDEXES,
                        NULL, NULL, NULL) != SQLITE_OK)
        return fail (self, error);
      self->indexes_dropped = TRUE;
    }
  ok = sqlite3_bind_int64 (stmt, 1, self->import_id) == SQLITE_OK &&
       /* The test hook breaks the name's NOT NULL constraint: a real
        * failure, midway through the transaction. */
       (self->n_rows == _pz_user_database_get_fail_after_rows (self->database)
        ? sqlite3_bind_null (stmt, 2)
        : sqlite3_bind_text (stmt, 2, row->name, -1, SQLITE_STATIC)) == SQLITE_OK &&
       sqlite3_bind_text (stmt, 3, row->zone_id, -1, SQLITE_STATIC) == SQLITE_OK &&
       (row->has_location ? sqlite3_bind_double (stmt, 4, row->latitude) : sqlite3_bind_null (stmt, 4)) == SQLITE_OK &&
       (row->has_location ? sqlite3_bind_double (stmt, 5, row->longitude) : sqlite3_bind_null (stmt, 5)) == SQLITE_OK &&
       sqlite3_bind_int64 (stmt, 6, row->line) == SQLITE_OK &&
       sqlite3_step (stmt) == SQLITE_DONE;
  if (!ok)
    return fail (self, error);
  self->n_rows++;
  return TRUE;
}

/**
 * pz_user_import_writer_set_sha256:
 * @sha256: the SHA-256 of the file's bytes in hex, known when a streamed
 *   file was read to its end
 *
 * Stores @sha256 with the import when it is committed.
 */
void
pz_user_import_writer_set_sha256 (PzUserImportWriter *self,
                                  const char         *sha256)
{
  g_return_if_fail (self != NULL && self->open);

  g_free (self->sha256);
  self->sha256 = g_strdup (sha256);
}

guint
pz_user_import_writer_get_n_rows (PzUserImportWriter *self)
{
  return self->n_rows;
}

/**
 * pz_user_import_writer_commit:
 *
 * Stores the import. The database object hears of it (the list, the
 * counts, #PzUserDatabase::changed), so call this on the thread that
 * owns it; a worker thread writes through a database it opened itself,
 * and the window's follows with pz_user_database_reload().
 *
 * Returns: the import's id, or 0 with @error set and nothing stored
 */
gint64
pz_user_import_writer_commit (PzUserImportWriter  *self,
                              GError             **error)
{
  sqlite3 *db = _pz_user_database_get_handle (self->database);
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (self != NULL && self->open, 0);

  g_clear_pointer (&self->insert, sqlite3_finalize);
  if (self->indexes_dropped && sqlite3_exec (db, _PZ_USER_DATABASE_INDEXES, NULL, NULL, NULL) != SQLITE_OK)
    return fail (self, error);
  ok = sqlite3_prepare_v2 (db, "UPDATE imports SET rows = ?, sha256 = coalesce(?, sha256) WHERE id = ?",
                           -1, &stmt, NULL) == SQLITE_OK &&
       sqlite3_bind_int64 (stmt, 1, self->n_rows) == SQLITE_OK &&
       sqlite3_bind_text (stmt, 2, self->sha256, -1, SQLITE_STATIC) == SQLITE_OK &&
       sqlite3_bind_int64 (stmt, 3, self->import_id) == SQLITE_OK &&
       sqlite3_step (stmt) == SQLITE_DONE;
  sqlite3_finalize (stmt);
  if (!ok || sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    return fail (self, error);
  self->open = FALSE;
  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  _pz_user_database_committed (self->database);
  return self->import_id;
}

/* Rolls back what was not committed. */
void
pz_user_import_writer_free (PzUserImportWriter *self)
{
  g_clear_pointer (&self->insert, sqlite3_finalize);
  if (self->database != NULL)
    {
      sqlite3 *db = _pz_user_database_get_handle (self->database);

      if (self->open)
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
    }
  g_clear_object (&self->database);
  g_free (self->sha256);
  g_free (self);
}
