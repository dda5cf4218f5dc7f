/* pz-user-database.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pz-user-import.h"

G_BEGIN_DECLS

#define PZ_USER_DATABASE_ERROR (pz_user_database_error_quark ())

/* One enterprise of an imported list, as stored. */
typedef struct
{
  char    *name;
  char    *zone_id;
  double   latitude;
  double   longitude;
  gboolean has_location;
  guint    line;
} PzImportRow;

typedef enum
{
  PZ_USER_DATABASE_ERROR_OPEN,
  PZ_USER_DATABASE_ERROR_WRITE,
  PZ_USER_DATABASE_ERROR_GONE,
  PZ_USER_DATABASE_ERROR_BUSY,   /* another process kept it locked past the busy timeout */
} PzUserDatabaseError;

/* One import being written, in one transaction: rows are added one by
 * one (a file is streamed, never held whole), and nothing is stored
 * unless it is committed. */
typedef struct _PzUserImportWriter PzUserImportWriter;

#define PZ_TYPE_USER_DATABASE (pz_user_database_get_type())

G_DECLARE_FINAL_TYPE (PzUserDatabase, pz_user_database, PZ, USER_DATABASE, GObject)

GQuark          pz_user_database_error_quark            (void);
char           *pz_user_database_default_path           (void);
PzUserDatabase *pz_user_database_open                   (const char      *path,
                                                         GError         **error);
PzUserDatabase *pz_user_database_open_for_import        (const char      *path,
                                                         GError         **error);
gint64          pz_user_database_add_import             (PzUserDatabase  *self,
                                                         const char      *file_name,
                                                         GArray          *rows,
                                                         GError         **error);
PzUserImportWriter *
                pz_user_database_begin_import           (PzUserDatabase  *self,
                                                         const char      *file_name,
                                                         const char      *sha256,
                                                         GError         **error);
PzUserImportWriter *
                pz_user_database_try_begin_import       (PzUserDatabase  *self,
                                                         const char      *file_name,
                                                         const char      *sha256,
                                                         GError         **error);
gboolean        pz_user_import_writer_add               (PzUserImportWriter *self,
                                                         const PzImportRow  *row,
                                                         GError            **error);
void            pz_user_import_writer_set_sha256        (PzUserImportWriter *self,
                                                         const char         *sha256);
guint           pz_user_import_writer_get_n_rows        (PzUserImportWriter *self);
gint64          pz_user_import_writer_commit            (PzUserImportWriter *self,
                                                         GError            **error);
void            pz_user_import_writer_free              (PzUserImportWriter *self);
gboolean        pz_user_database_remove_import          (PzUserDatabase  *self,
                                                         gint64           import_id,
                                                         GError         **error);
gboolean        pz_user_database_restore_import         (PzUserDatabase  *self,
                                                         gint64           import_id,
                                                         GError         **error);
gboolean        pz_user_database_purge_removed          (PzUserDatabase  *self,
                                                         GError         **error);
gboolean        pz_user_database_reload                 (PzUserDatabase  *self);
void            pz_user_database_watch                  (PzUserDatabase  *self);
PzImport       *pz_user_database_find_import            (PzUserDatabase  *self,
                                                         const char      *sha256);
const char     *pz_user_database_get_path               (PzUserDatabase  *self);
GListModel     *pz_user_database_get_imports            (PzUserDatabase  *self);
GHashTable     *pz_user_database_get_counts_by_zone     (PzUserDatabase  *self);
guint           pz_user_database_get_zone_count         (PzUserDatabase  *self,
                                                         const char      *zone_id);
GHashTable     *pz_user_database_get_counts_by_province (PzUserDatabase  *self,
                                                         GListModel      *zones);
guint           pz_user_database_count_enterprises      (PzUserDatabase  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PzUserImportWriter, pz_user_import_writer_free)

G_END_DECLS
