/* pz-user-database.c
 *
 * The user's own data, kept apart from the bundled database (which is
 * never written): imported enterprise lists. Each import is one
 * transaction, so a failure midway leaves the database as it was, and an
 * import can be removed again as a whole.
 *
 * Views never query: the list of imports and the enterprise counts are
 * kept in memory, read again only when an import is added or removed.
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
#include "pz-zone.h"

#define SCHEMA_VERSION 1
#define BUSY_TIMEOUT_MS 5000

struct _PzUserDatabase
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GListStore *imports;          /* of PzImport, newest first */
  GHashTable *zone_counts;      /* zone id → GUINT_TO_POINTER (enterprises) */
  guint       n_enterprises;
  GListModel *province_zones;   /* the zones province_counts was summed over */
  GHashTable *province_counts;  /* province code → GUINT_TO_POINTER (enterprises) */
  guint       fail_after_rows;  /* a test hook, G_MAXUINT when off */
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
  g_clear_object (&self->imports);
  g_clear_pointer (&self->zone_counts, g_hash_table_unref);
  g_clear_object (&self->province_zones);
  g_clear_pointer (&self->province_counts, g_hash_table_unref);

  G_OBJECT_CLASS (pz_user_database_parent_class)->finalize (object);
}

static void
pz_user_database_class_init (PzUserDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pz_user_database_finalize;

  /* Emitted when imports are added or removed, once the counts follow. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pz_user_database_init (PzUserDatabase *self)
{
  self->imports = g_list_store_new (PZ_TYPE_IMPORT);
  self->zone_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->fail_after_rows = G_MAXUINT;
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
  if (self->db != NULL && sqlite3_errcode (self->db) == SQLITE_BUSY)
    /* Translators: what failed, the user database */
    g_set_error (error, PZ_USER_DATABASE_ERROR, code,
                 _("Cannot %s in “%s”: another program kept it busy for over 5 seconds; try again"),
                 what, self->path);
  else
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

/* The tables and indexes this file creates: a trigger or a view that
 * someone else planted would run (or be read) with every import, so a
 * database holding one is refused. */
static gboolean
check_foreign_objects (PzUserDatabase  *self,
                       GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *found = NULL;
  g_autofree char *type = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"
                          " ORDER BY type, name LIMIT 1", -1, &stmt, NULL) != SQLITE_OK)
    return fail (self, error, PZ_USER_DATABASE_ERROR_OPEN, _("open the user data"));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      type = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      found = g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, 1), -1);
    }
  sqlite3_finalize (stmt);

  if (rc == SQLITE_ROW)
    {
      g_set_error (error, PZ_USER_DATABASE_ERROR, PZ_USER_DATABASE_ERROR_OPEN,
                   g_str_equal (type, "trigger")
                   /* Translators: the user database, the name of a trigger found in it */
                   ? _("The user data “%s” holds a trigger “%s” that Pilot Zones did not create; remove it or move the file away")
                   /* Translators: the user database, the name of a view found in it */
                   : _("The user data “%s” holds a view “%s” that Pilot Zones did not create; remove it or move the file away"),
                   self->path, found);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return fail (self, error, PZ_USER_DATABASE_ERROR_OPEN, _("open the user data"));
  return TRUE;
}

static PzImport *
import_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) imported = g_date_time_new_from_iso8601 ((const char *) sqlite3_column_text (stmt, 2), NULL);

  return pz_import_new (sqlite3_column_int64 (stmt, 0), (const char *) sqlite3_column_text (stmt, 1),
                        imported, (guint) sqlite3_column_int (stmt, 3));
}

static gboolean
read_imports (PzUserDatabase *self)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, "SELECT id, file_name, imported, rows FROM imports ORDER BY id DESC",
                          -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(PzImport) import = import_from_row (stmt);

      g_list_store_append (self->imports, import);
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

/* Reads the counts again, after a change; the provinces' are summed
 * again when next asked for. */
static gboolean
read_counts (PzUserDatabase *self)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_hash_table_remove_all (self->zone_counts);
  g_clear_pointer (&self->province_counts, g_hash_table_unref);
  self->n_enterprises = 0;
  if (sqlite3_prepare_v2 (self->db, "SELECT zone_id, count(*) FROM enterprises GROUP BY zone_id",
                          -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint n = (guint) sqlite3_column_int (stmt, 1);

      g_hash_table_insert (self->zone_counts, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                           GUINT_TO_POINTER (n));
      self->n_enterprises += n;
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

/* After a committed change, before the list of imports and the views
 * hear of it. A count that cannot be read is left empty, not stale. */
static void
refresh_counts (PzUserDatabase *self)
{
  if (!read_counts (self))
    g_warning ("Cannot read the imported enterprises in “%s”: %s", self->path, sqlite3_errmsg (self->db));
}

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

  /* Functions with side effects stay out of the schema, and a second
   * process that is writing (another import) is waited for, up to 5 s. */
  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK ||
      sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS) != SQLITE_OK ||
      sqlite3_exec (self->db, "PRAGMA trusted_schema = OFF", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL) != SQLITE_OK ||
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

  if (!check_foreign_objects (self, error))
    return NULL;

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

  if (!read_imports (self) || !read_counts (self))
    {
      fail (self, error, PZ_USER_DATABASE_ERROR_OPEN, _("open the user data"));
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
      /* The test hook breaks the name's NOT NULL constraint: a real
       * failure, midway through the transaction. */
      if (i == self->fail_after_rows)
        sqlite3_bind_null (stmt, 2);
      else
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
  g_autoptr(PzImport) import = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 import_id = 0;
  gboolean ok;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), 0);
  g_return_val_if_fail (file_name != NULL, 0);

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

  refresh_counts (self);
  import = pz_import_new (import_id, file_name, now, rows->len);
  g_list_store_insert (self->imports, 0, import);
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

  refresh_counts (self);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->imports)); i++)
    {
      g_autoptr(PzImport) import = g_list_model_get_item (G_LIST_MODEL (self->imports), i);

      if (pz_import_get_id (import) == import_id)
        {
          g_list_store_remove (self->imports, i);
          break;
        }
    }
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * pz_user_database_get_imports:
 *
 * Returns: (transfer none): the #PzImport lists, newest first; it
 *   follows additions and removals
 */
GListModel *
pz_user_database_get_imports (PzUserDatabase *self)
{
  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), NULL);

  return G_LIST_MODEL (self->imports);
}

/**
 * pz_user_database_get_counts_by_zone:
 *
 * Returns: (transfer none): zone id → GUINT_TO_POINTER (imported
 *   enterprises), for the zones that have any; read again before each
 *   #PzUserDatabase::changed
 */
GHashTable *
pz_user_database_get_counts_by_zone (PzUserDatabase *self)
{
  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), NULL);

  return self->zone_counts;
}

guint
pz_user_database_get_zone_count (PzUserDatabase *self,
                                 const char     *zone_id)
{
  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->zone_counts, zone_id));
}

/**
 * pz_user_database_get_counts_by_province:
 * @zones: the #PzZone list that places each zone in its province
 *
 * Returns: (transfer none): province code → GUINT_TO_POINTER (imported
 *   enterprises), for the provinces that have any; summed once per
 *   change and zone list
 */
GHashTable *
pz_user_database_get_counts_by_province (PzUserDatabase *self,
                                         GListModel     *zones)
{
  guint n_zones;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (zones), NULL);

  if (self->province_counts != NULL && self->province_zones == zones)
    return self->province_counts;

  g_set_object (&self->province_zones, zones);
  g_clear_pointer (&self->province_counts, g_hash_table_unref);
  self->province_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n_zones = g_list_model_get_n_items (zones);
  for (guint i = 0; i < n_zones; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      const char *code = pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE);
      guint n = pz_user_database_get_zone_count (self, pz_zone_get_id (zone));

      if (code != NULL && n > 0)
        g_hash_table_replace (self->province_counts, g_strdup (code),
                              GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->province_counts, code)) + n));
    }
  return self->province_counts;
}

guint
pz_user_database_count_enterprises (PzUserDatabase *self)
{
  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), 0);

  return self->n_enterprises;
}

void
_pz_user_database_set_fail_after_rows (PzUserDatabase *self,
                                       guint           n_rows)
{
  self->fail_after_rows = n_rows;
}
