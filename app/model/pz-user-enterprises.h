/* pz-user-enterprises.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pz-user-database.h"

G_BEGIN_DECLS

/* Where an imported enterprise is drawn: at its own coordinates, or,
 * without them, at the position of the zone it was matched to. */
typedef enum
{
  PZ_ENTERPRISE_AT_ZONE = 0,
  PZ_ENTERPRISE_EXACT   = 1 << 0,
} PzEnterpriseFlags;

typedef struct
{
  double latitude;
  double longitude;
  gint64 id;         /* its row, to name it (pz_user_database_describe_enterprise) */
  guint  flags;      /* PzEnterpriseFlags */
} PzEnterprisePoint;

/* Every placed enterprise of the imports not removed, as one array: an
 * immutable, shared value, read once per change of the user database. */
typedef struct _PzEnterprisePoints PzEnterprisePoints;

PzEnterprisePoints      *pz_enterprise_points_get        (PzUserDatabase     *database,
                                                          GListModel         *zones);
PzEnterprisePoints      *pz_enterprise_points_load       (PzUserDatabase     *database,
                                                          GListModel         *zones,
                                                          GError            **error);
PzEnterprisePoints      *pz_enterprise_points_ref        (PzEnterprisePoints *self);
void                     pz_enterprise_points_unref      (PzEnterprisePoints *self);
const PzEnterprisePoint *pz_enterprise_points_get_data   (PzEnterprisePoints *self,
                                                          guint              *n_points);
guint                    pz_enterprise_points_get_n_exact   (PzEnterprisePoints *self);
guint                    pz_enterprise_points_get_n_unplaced (PzEnterprisePoints *self);
char                    *pz_user_database_describe_enterprise (PzUserDatabase   *database,
                                                              GListModel       *zones,
                                                              gint64            id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PzEnterprisePoints, pz_enterprise_points_unref)

/* One imported enterprise, made when a list asks for its row. */
#define PZ_TYPE_ENTERPRISE (pz_enterprise_get_type())

G_DECLARE_FINAL_TYPE (PzEnterprise, pz_enterprise, PZ, ENTERPRISE, GObject)

gint64      pz_enterprise_get_id        (PzEnterprise *self);
gint64      pz_enterprise_get_import_id (PzEnterprise *self);
const char *pz_enterprise_get_name      (PzEnterprise *self);
const char *pz_enterprise_get_zone_id   (PzEnterprise *self);
const char *pz_enterprise_get_zone_name (PzEnterprise *self);
const char *pz_enterprise_get_province  (PzEnterprise *self);
gboolean    pz_enterprise_get_position  (PzEnterprise *self,
                                         double       *latitude,
                                         double       *longitude);
gboolean    pz_enterprise_is_exact      (PzEnterprise *self);

/* The enterprises of one import (or of all), filtered by a search text,
 * as a list model that holds only their ids: rows are read when asked for. */
#define PZ_TYPE_ENTERPRISE_MODEL (pz_enterprise_model_get_type())

G_DECLARE_FINAL_TYPE (PzEnterpriseModel, pz_enterprise_model, PZ, ENTERPRISE_MODEL, GObject)

PzEnterpriseModel *pz_enterprise_model_new        (PzUserDatabase    *database,
                                                   GListModel        *zones);
void               pz_enterprise_model_set_import (PzEnterpriseModel *self,
                                                   gint64             import_id);
gint64             pz_enterprise_model_get_import (PzEnterpriseModel *self);
void               pz_enterprise_model_set_search (PzEnterpriseModel *self,
                                                   const char        *text);
guint              pz_enterprise_model_get_n_total (PzEnterpriseModel *self);

G_END_DECLS
