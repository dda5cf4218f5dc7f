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
} PzUserDatabaseError;

#define PZ_TYPE_USER_DATABASE (pz_user_database_get_type())

G_DECLARE_FINAL_TYPE (PzUserDatabase, pz_user_database, PZ, USER_DATABASE, GObject)

GQuark          pz_user_database_error_quark            (void);
char           *pz_user_database_default_path           (void);
PzUserDatabase *pz_user_database_open                   (const char      *path,
                                                         GError         **error);
gint64          pz_user_database_add_import             (PzUserDatabase  *self,
                                                         const char      *file_name,
                                                         GArray          *rows,
                                                         GError         **error);
gboolean        pz_user_database_remove_import          (PzUserDatabase  *self,
                                                         gint64           import_id,
                                                         GError         **error);
GListModel     *pz_user_database_get_imports            (PzUserDatabase  *self);
GHashTable     *pz_user_database_get_counts_by_zone     (PzUserDatabase  *self);
guint           pz_user_database_get_zone_count         (PzUserDatabase  *self,
                                                         const char      *zone_id);
GHashTable     *pz_user_database_get_counts_by_province (PzUserDatabase  *self,
                                                         GListModel      *zones);
guint           pz_user_database_count_enterprises      (PzUserDatabase  *self);

G_END_DECLS
