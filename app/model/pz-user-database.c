/* pz-user-database.c
 *
 * The user's own data, kept apart from the bundled database (which is
 * never written): imported enterprise lists. Each import is one
 * transaction, so a failure midway leaves the database as it was, and an
 * import can be removed again as a whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-user-database"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <sqlite3.h>

#include "pz-user-database-private.h"

#define SCHEMA_VERSION 1

struct _PzUserDatabase
{
  GObject  parent_instance;

  char    *path;
  sqlite3 *db;
};

G_DEFINE_FINAL_TYPE (PzUserDatabase, pz_user_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (pz-user-database-error-quark, pz_user_database_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pz_user_database_finalize (GObject *object)
{
  PzUserDatabase *self = (PzUserDatabase *)object;

  g_clear_pointer (&self->db, sqlite3_close);
  g_free (self->path);

  G_OBJECT_CLASS (pz_user_database_parent_class)->finalize (object);
}

static void
pz_user_database_class_init (PzUserDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pz_user_database_finalize;

  /* Emitted when imports are added or removed, for counts to follow. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pz_user_database_init (PzUserDatabase *self)
{
}

/**
 * pz_user_database_default_path:
 *
 * Returns: (transfer full): the user database, or `$PZ_USER_DATABASE`
 */
char *
pz_user_database_default_path (void)
{
  const char *env = g_getenv ("PZ_USER_DATABASE");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "pilot-zones", "user.sqlite", NULL);
}

static gboolean
fail (PzUserDatabase  *self,
      GError         **error,
      int              code,
      const char      *what)
{
  g_set_error (error, PZ_USER_DATABASE_ERROR, code, _("Cannot %s in “%s”: %s"),
               what, self->path, self->db != NULL ? sqlite3_errmsg (self->db) : g_strerror (ENOMEM));
  return FALSE;
}

static const char schema[] =
  "CREATE TABLE IF NOT EXISTS imports ("
  " id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, imported TEXT NOT NULL, rows INTEGER NOT NULL);"
  "CREATE TABLE IF NOT EXISTS enterprises ("
  " id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
  " name TEXT NOT NULL, zone_id TEXT NOT NULL, lat REAL, lon REAL, line INTEGER);"
  "CREATE INDEX IF NOT EXISTS enterprises_zone ON enterprises(zone_id);"
  "CREATE INDEX IF NOT EXISTS enterprises_import ON enterprises(import_id);";

/**
 * pz_user_database_open:
 *
 * Opens or creates the user database at @path, creating its folder.
 *
 * Returns: (transfer full): the database, or %NULL with @error naming @path
 */
PzUserDatabase *
pz_user_database_open (const char  *path,
                       GError     **error)
{
  g_autoptr(PzUserDatabase) self = g_object_new (PZ_TYPE_USER_DATABASE, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  sqlite3_stmt *stmt = NULL;
  int version = 0;

  self->path = g_strdup (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, PZ_USER_DATABASE_ERROR, PZ_USER_DATABASE_ERROR_OPEN,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved));
      return NULL;
    }

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK ||
      sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_finalize (stmt);
      fail (self, error, PZ_USER_DATABASE_ERROR_OPEN, _("open the user data"));
      return NULL;
    }
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  if (version > SCHEMA_VERSION)
    {
      g_set_error (error, PZ_USER_DATABASE_ERROR, PZ_USER_DATABASE_ERROR_OPEN,
                   _("“%s” was written by a newer version of Pilot Zones"), path);
      return NULL;
    }

  if (sqlite3_exec (self->db, schema, NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (self->db, "PRAGMA user_version = 1", NULL, NULL, NULL) != SQLITE_OK)
    {
      fail (self, error, PZ_USER_DATABASE_ERROR_OPEN, _("set up the user data"));
      return NULL;
    }

  return g_steal_pointer (&self);
}

static gboolean
insert_rows (PzUserDatabase *self,
             gint64          import_id,
             GArray         *rows)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  ok = sqlite3_prepare_v2 (self->db,
                           "INSERT INTO enterprises (import_id, name, zone_id, lat, lon, line)"
                           " VALUES (?, ?, ?, ?, ?, ?)", -1, &stmt, NULL) == SQLITE_OK;

  for (guint i = 0; ok && i < rows->len; i++)
    {
      PzImportRow *row = &g_array_index (rows, PzImportRow, i);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, import_id);
      sqlite3_bind_text (stmt, 2, row->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, row->zone_id, -1, SQLITE_STATIC);
      if (row->has_location)
        {
          sqlite3_bind_double (stmt, 4, row->latitude);
          sqlite3_bind_double (stmt, 5, row->longitude);
        }
      else
        {
          sqlite3_bind_null (stmt, 4);
          sqlite3_bind_null (stmt, 5);
        }
      sqlite3_bind_int (stmt, 6, (int) row->line);
      ok = sqlite3_step (stmt) == SQLITE_DONE;
    }

  sqlite3_finalize (stmt);
  return ok;
}

/**
 * pz_user_database_add_import:
 *
 * @rows: (element-type PzImportRow): the usable rows of an import
 *
 * Stores @rows as one import, in one transaction.
 *
 * Returns: the import's id, or 0 with @error set and nothing stored
 */
gint64
pz_user_database_add_import (PzUserDatabase  *self,
                             const char      *file_name,
                             GArray          *rows,
                             GError         **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = g_date_time_format_iso8601 (now);
  sqlite3_stmt *stmt = NULL;
  gint64 import_id = 0;
  gboolean ok;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), 0);

  if (sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    return fail (self, error, PZ_USER_DATABASE_ERROR_WRITE, _("store the import"));

  ok = sqlite3_prepare_v2 (self->db, "INSERT INTO imports (file_name, imported, rows) VALUES (?, ?, ?)",
                           -1, &stmt, NULL) == SQLITE_OK;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, file_name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, when, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, (int) rows->len);
      ok = sqlite3_step (stmt) == SQLITE_DONE;
      import_id = sqlite3_last_insert_rowid (self->db);
    }
  sqlite3_finalize (stmt);

  ok = ok && insert_rows (self, import_id, rows);

  if (!ok || sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      fail (self, error, PZ_USER_DATABASE_ERROR_WRITE, _("store the import"));
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return 0;
    }

  g_signal_emit (self, signals[CHANGED], 0);
  return import_id;
}

gboolean
pz_user_database_remove_import (PzUserDatabase  *self,
                                gint64           import_id,
                                GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), FALSE);

  ok = sqlite3_prepare_v2 (self->db, "DELETE FROM imports WHERE id = ?", -1, &stmt, NULL) == SQLITE_OK;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, import_id);
      ok = sqlite3_step (stmt) == SQLITE_DONE;
    }
  sqlite3_finalize (stmt);

  if (!ok)
    return fail (self, error, PZ_USER_DATABASE_ERROR_WRITE, _("remove the import"));
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * pz_user_database_list_imports:
 *
 * Returns: (transfer full): GVariants (x id, s file name, s date, u rows),
 *   newest first
 */
GPtrArray *
pz_user_database_list_imports (PzUserDatabase *self)
{
  GPtrArray *imports = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), imports);

  if (sqlite3_prepare_v2 (self->db, "SELECT id, file_name, imported, rows FROM imports ORDER BY id DESC",
                          -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_ptr_array_add (imports,
                       g_variant_ref_sink (g_variant_new ("(xssu)", (gint64) sqlite3_column_int64 (stmt, 0),
                                                          (const char *) sqlite3_column_text (stmt, 1),
                                                          (const char *) sqlite3_column_text (stmt, 2),
                                                          (guint) sqlite3_column_int (stmt, 3))));
  sqlite3_finalize (stmt);
  return imports;
}

/**
 * pz_user_database_count_by_zone:
 *
 * Returns: (transfer full): zone id → GUINT_TO_POINTER (imported enterprises)
 */
GHashTable *
pz_user_database_count_by_zone (PzUserDatabase *self)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), counts);

  if (sqlite3_prepare_v2 (self->db, "SELECT zone_id, count(*) FROM enterprises GROUP BY zone_id",
                          -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_hash_table_insert (counts, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                           GUINT_TO_POINTER ((guint) sqlite3_column_int (stmt, 1)));
  sqlite3_finalize (stmt);
  return counts;
}

guint
pz_user_database_count_enterprises (PzUserDatabase *self)
{
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), 0);

  if (sqlite3_prepare_v2 (self->db, "SELECT count(*) FROM enterprises", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

sqlite3 *
_pz_user_database_get_handle (PzUserDatabase *self)
{
  return self->db;
}
