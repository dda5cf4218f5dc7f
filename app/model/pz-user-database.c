/* pz-user-database.c
 *
 * The user's own data, kept apart from the bundled database (which is
 * never written): imported enterprise lists. Each import is one
 * transaction, so a failure midway leaves the database as it was, and an
 * import can be removed again as a whole.
 *
 * Views never query: the list of imports and the enterprise counts are
 * kept in memory, read again only when an import is added or removed, or
 * when another process (a second window, `pilot-zones --import`) changed
 * the file.
 *
 * Removing an import only marks it, so that it can be restored (Undo);
 * pz_user_database_purge_removed() deletes the marked ones for good.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-user-database"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <unistd.h>
#include <sqlite3.h>

#include "pz-user-database-private.h"
#include "pz-zone.h"

#define SCHEMA_VERSION 2

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
  GFileMonitor *monitor;        /* of the file, once watched */
  guint       reload_source;
  gint64      data_version;     /* SQLite's, as last read */
  gboolean    write_only;       /* a worker's: neither the list nor the counts are read */
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

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
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

  /* Emitted when imports are added, removed or restored, here or by
   * another process, once the list and the counts follow. */
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

/* SQLite says "unable to open database file" or "attempt to write a
 * readonly database"; the reason a user can act on is the folder's or the
 * file's (a read-only file system, a folder without write permission). */
static char *
describe_unwritable (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_access (dir, W_OK) != 0)
    /* Translators: why the user data cannot be stored, e.g. "the folder
     * “/media/usb” cannot be written to: Read-only file system" */
    return g_strdup_printf (_("the folder “%s” cannot be written to: %s"), dir, g_strerror (errno));
  if (g_access (path, W_OK) != 0 && errno != ENOENT)
    return g_strdup_printf (_("the file cannot be written to: %s"), g_strerror (errno));
  return NULL;
}

gboolean
_pz_user_database_fail (PzUserDatabase  *self,
      GError         **error,
      int              code,
      const char      *what)
{
  int rc = self->db != NULL ? sqlite3_errcode (self->db) : SQLITE_NOMEM;
  g_autofree char *unwritable = NULL;

  if (rc == SQLITE_BUSY)
    /* Translators: what failed, the user database */
    g_set_error (error, PZ_USER_DATABASE_ERROR, PZ_USER_DATABASE_ERROR_BUSY,
                 _("Cannot %s in “%s”: another program kept it busy for over 5 seconds; try again"),
                 what, self->path);
  else if ((rc == SQLITE_CANTOPEN || rc == SQLITE_READONLY) && (unwritable = describe_unwritable (self->path)))
    g_set_error (error, PZ_USER_DATABASE_ERROR, code, _("Cannot %s in “%s”: %s"), what, self->path, unwritable);
  else
    g_set_error (error, PZ_USER_DATABASE_ERROR, code, _("Cannot %s in “%s”: %s"),
                 what, self->path, self->db != NULL ? sqlite3_errmsg (self->db) : g_strerror (ENOMEM));
  return FALSE;
}

static const char schema[] =
  "CREATE TABLE IF NOT EXISTS imports ("
  " id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, imported TEXT NOT NULL, rows INTEGER NOT NULL,"
  " sha256 TEXT, removed INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE IF NOT EXISTS enterprises ("
  " id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
  " name TEXT NOT NULL, zone_id TEXT NOT NULL, lat REAL, lon REAL, line INTEGER);"
  _PZ_USER_DATABASE_INDEXES;

/* Version 1 had neither the file's hash nor removal marks. */
static const char upgrade_from_1[] =
  "ALTER TABLE imports ADD COLUMN sha256 TEXT;"
  "ALTER TABLE imports ADD COLUMN removed INTEGER NOT NULL DEFAULT 0;";

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
    return _pz_user_database_fail (self, error, PZ_USER_DATABASE_ERROR_OPEN, _("open the user data"));
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
    return _pz_user_database_fail (self, error, PZ_USER_DATABASE_ERROR_OPEN, _("open the user data"));
  return TRUE;
}

static PzImport *
import_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) imported = g_date_time_new_from_iso8601 ((const char *) sqlite3_column_text (stmt, 2), NULL);

  return pz_import_new (sqlite3_column_int64 (stmt, 0), (const char *) sqlite3_column_text (stmt, 1),
                        imported, (guint) sqlite3_column_int (stmt, 3),
                        (const char *) sqlite3_column_text (stmt, 4));
}

/* Replaces the list in one splice, so that a list view keeps its place. */
static gboolean
read_imports (PzUserDatabase *self)
{
  g_autoptr(GPtrArray) imports = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, "SELECT id, file_name, imported, rows, sha256 FROM imports"
                          " WHERE removed = 0 ORDER BY id DESC", -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (imports, import_from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return FALSE;
  g_list_store_splice (self->imports, 0, g_list_model_get_n_items (G_LIST_MODEL (self->imports)),
                       imports->pdata, imports->len);
  return TRUE;
}

static gint64
read_data_version (PzUserDatabase *self)
{
  sqlite3_stmt *stmt = NULL;
  gint64 version = -1;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA data_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
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
  if (sqlite3_prepare_v2 (self->db, "SELECT zone_id, count(*) FROM enterprises"
                          " WHERE import_id IN (SELECT id FROM imports WHERE removed = 0) GROUP BY zone_id",
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

static PzUserDatabase *
open_database (const char  *path,
               gboolean     write_only,
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
  /* A worker's connection is used on its one thread only. */
  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                       (write_only ? SQLITE_OPEN_NOMUTEX : 0), NULL) != SQLITE_OK ||
      sqlite3_busy_timeout (self->db, _PZ_USER_DATABASE_BUSY_TIMEOUT_MS) != SQLITE_OK ||
      sqlite3_exec (self->db, "PRAGMA trusted_schema = OFF", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL) != SQLITE_OK ||
      sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_finalize (stmt);
      _pz_user_database_fail (self, error, PZ_USER_DATABASE_ERROR_OPEN, _("open the user data"));
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

  /* Written only when created or upgraded: an open must not look like a
   * change to the other connections (PRAGMA data_version). */
  if (version < SCHEMA_VERSION &&
      (sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK ||
       (version == 1 && sqlite3_exec (self->db, upgrade_from_1, NULL, NULL, NULL) != SQLITE_OK) ||
       sqlite3_exec (self->db, schema, NULL, NULL, NULL) != SQLITE_OK ||
       sqlite3_exec (self->db, "PRAGMA user_version = 2", NULL, NULL, NULL) != SQLITE_OK ||
       sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      _pz_user_database_fail (self, error, PZ_USER_DATABASE_ERROR_OPEN, _("set up the user data"));
      return NULL;
    }

  self->data_version = read_data_version (self);
  self->write_only = write_only;
  if (!write_only && (!read_imports (self) || !read_counts (self)))
    {
      _pz_user_database_fail (self, error, PZ_USER_DATABASE_ERROR_OPEN, _("open the user data"));
      return NULL;
    }

  return g_steal_pointer (&self);
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
  return open_database (path, FALSE, error);
}

/**
 * pz_user_database_open_for_import:
 *
 * Opens the user database at @path as pz_user_database_open() does, for
 * a worker that only writes an import through a #PzUserImportWriter:
 * the list of imports and the counts are neither read at the start nor
 * after the commit (on a list of millions that takes seconds), so they
 * stay empty; the window's database follows with
 * pz_user_database_reload().
 *
 * Returns: (transfer full): the database, or %NULL with @error naming @path
 */
PzUserDatabase *
pz_user_database_open_for_import (const char  *path,
                                  GError     **error)
{
  return open_database (path, TRUE, error);
}

/* Tells the views, once the list and the counts follow the file. */
static void
refresh (PzUserDatabase *self)
{
  if (!read_imports (self) || !read_counts (self))
    g_warning ("Cannot read the imports in “%s”: %s", self->path, sqlite3_errmsg (self->db));
  g_signal_emit (self, signals[CHANGED], 0);
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
  g_autoptr(PzUserImportWriter) writer = NULL;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), 0);
  g_return_val_if_fail (file_name != NULL, 0);

  writer = pz_user_database_begin_import (self, file_name, NULL, error);
  if (writer == NULL)
    return 0;
  for (guint i = 0; i < rows->len; i++)
    if (!pz_user_import_writer_add (writer, &g_array_index (rows, PzImportRow, i), error))
      return 0;
  return pz_user_import_writer_commit (writer, error);
}

static gboolean
set_removed (PzUserDatabase  *self,
             gint64           import_id,
             gboolean         removed,
             GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  ok = sqlite3_prepare_v2 (self->db, "UPDATE imports SET removed = ? WHERE id = ? AND removed = ?",
                           -1, &stmt, NULL) == SQLITE_OK;
  if (ok)
    {
      sqlite3_bind_int (stmt, 1, removed);
      sqlite3_bind_int64 (stmt, 2, import_id);
      sqlite3_bind_int (stmt, 3, !removed);
      ok = sqlite3_step (stmt) == SQLITE_DONE;
    }
  sqlite3_finalize (stmt);

  if (!ok)
    return _pz_user_database_fail (self, error, PZ_USER_DATABASE_ERROR_WRITE,
                                   removed ? _("remove the import") : _("restore the import"));
  if (sqlite3_changes (self->db) == 0)
    {
      /* Another process purged it, or removed it first. */
      g_set_error (error, PZ_USER_DATABASE_ERROR, PZ_USER_DATABASE_ERROR_GONE,
                   _("The import is no longer in “%s”"), self->path);
      return FALSE;
    }
  refresh (self);
  return TRUE;
}

/**
 * pz_user_database_remove_import:
 *
 * Takes the import out of the list and of every count. Its rows stay in
 * the file until pz_user_database_purge_removed(), so that
 * pz_user_database_restore_import() can undo this.
 */
gboolean
pz_user_database_remove_import (PzUserDatabase  *self,
                                gint64           import_id,
                                GError         **error)
{
  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), FALSE);

  return set_removed (self, import_id, TRUE, error);
}

gboolean
pz_user_database_restore_import (PzUserDatabase  *self,
                                 gint64           import_id,
                                 GError         **error)
{
  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), FALSE);

  return set_removed (self, import_id, FALSE, error);
}

/**
 * pz_user_database_purge_removed:
 *
 * Deletes the removed imports and their enterprises for good: once the
 * chance to undo has passed, and when a window starts (a removal whose
 * window closed before).
 */
gboolean
pz_user_database_purge_removed (PzUserDatabase  *self,
                                GError         **error)
{
  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), FALSE);

  if (sqlite3_exec (self->db, "DELETE FROM imports WHERE removed = 1", NULL, NULL, NULL) != SQLITE_OK)
    return _pz_user_database_fail (self, error, PZ_USER_DATABASE_ERROR_WRITE, _("remove the import"));
  return TRUE;
}

/**
 * pz_user_database_reload:
 *
 * Reads the list and the counts again if another connection (an import
 * on a worker thread, another process) committed since they were read.
 *
 * Returns: %TRUE if anything had changed
 */
gboolean
pz_user_database_reload (PzUserDatabase *self)
{
  gint64 version;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), FALSE);

  version = read_data_version (self);
  if (version == self->data_version)
    return FALSE;
  self->data_version = version;
  refresh (self);
  return TRUE;
}

static gboolean
reload_cb (gpointer data)
{
  PzUserDatabase *self = data;

  self->reload_source = 0;
  pz_user_database_reload (self);
  return G_SOURCE_REMOVE;
}

/* A commit writes the file several times (journal, pages, journal
 * removal): one reload after the burst is enough. */
static void
file_changed_cb (PzUserDatabase    *self,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event)
{
  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (100, reload_cb, self);
}

/**
 * pz_user_database_watch:
 *
 * Follows changes that other processes make to the file, with
 * #PzUserDatabase::changed, while the main loop runs.
 */
void
pz_user_database_watch (PzUserDatabase *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PZ_IS_USER_DATABASE (self));

  if (self->monitor != NULL)
    return;
  file = g_file_new_for_path (self->path);
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->monitor == NULL)
    {
      g_warning ("Cannot follow changes to “%s”: %s", self->path, error->message);
      return;
    }
  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (file_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * pz_user_database_find_import:
 * @sha256: the SHA-256 of a file's bytes, in hex
 *
 * Returns: (transfer none) (nullable): the newest import of a file with
 *   these contents, not counting removed ones
 */
PzImport *
pz_user_database_find_import (PzUserDatabase *self,
                              const char     *sha256)
{
  GListModel *imports = G_LIST_MODEL (self->imports);

  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), NULL);
  g_return_val_if_fail (sha256 != NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (imports); i++)
    {
      g_autoptr(PzImport) import = g_list_model_get_item (imports, i);

      if (g_strcmp0 (pz_import_get_sha256 (import), sha256) == 0)
        return import;
    }
  return NULL;
}

const char *
pz_user_database_get_path (PzUserDatabase *self)
{
  g_return_val_if_fail (PZ_IS_USER_DATABASE (self), NULL);

  return self->path;
}

/* After the writer's commit, on the thread that owns @self. */
void
_pz_user_database_committed (PzUserDatabase *self)
{
  if (!self->write_only)
    refresh (self);
}

sqlite3 *
_pz_user_database_get_handle (PzUserDatabase *self)
{
  return self->db;
}

guint
_pz_user_database_get_fail_after_rows (PzUserDatabase *self)
{
  return self->fail_after_rows;
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
