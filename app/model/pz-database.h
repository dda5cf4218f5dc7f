/* pz-database.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pz-basemap.h"
#include "pz-indicator.h"

G_BEGIN_DECLS

#define PZ_DATABASE_ERROR (pz_database_error_quark ())

typedef enum
{
  PZ_DATABASE_ERROR_NOT_FOUND,
  PZ_DATABASE_ERROR_CORRUPT,
  PZ_DATABASE_ERROR_SCHEMA,
} PzDatabaseError;

/* The schema this build reads; build-db.py writes it to pz_meta. */
#define PZ_DATABASE_SCHEMA_VERSION 1

#define PZ_TYPE_DATABASE (pz_database_get_type())

G_DECLARE_FINAL_TYPE (PzDatabase, pz_database, PZ, DATABASE, GObject)

GQuark      pz_database_error_quark     (void);
char       *pz_database_default_path    (void);
PzDatabase *pz_database_open            (const char  *path,
                                         GError     **error);
const char *pz_database_get_path        (PzDatabase  *self);
GListModel *pz_database_get_zones       (PzDatabase  *self);
GListModel *pz_database_get_batches     (PzDatabase  *self);
GListModel *pz_database_get_provinces   (PzDatabase  *self);
GListModel *pz_database_get_parks       (PzDatabase  *self);
GListModel *pz_database_get_indicators  (PzDatabase  *self);
GListModel *pz_database_find_indicators (PzDatabase  *self,
                                         const char  *scope_id,
                                         const char  *indicator);
PzBasemap  *pz_database_get_basemap     (PzDatabase  *self);
const char *pz_database_get_data_date   (PzDatabase  *self);

char       *pz_database_describe_source (PzDatabase  *self,
                                         const char  *url);

G_END_DECLS
