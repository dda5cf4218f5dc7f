/* pz-map-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "pz-enterprise-layer.h"
#include "pz-legend.h"
#include "pz-map-composition.h"
#include "pz-park-layer.h"
#include "pz-province-layer.h"
#include "pz-user-database.h"
#include "pz-zone-layer.h"

G_BEGIN_DECLS

#define PZ_TYPE_MAP_VIEW (pz_map_view_get_type())

G_DECLARE_FINAL_TYPE (PzMapView, pz_map_view, PZ, MAP_VIEW, GtkWidget)

void              pz_map_view_set_data          (PzMapView      *self,
                                                 PzDatabase     *database,
                                                 GListModel     *shown);
void              pz_map_view_set_user_database (PzMapView      *self,
                                                 PzUserDatabase *user_database);
void              pz_map_view_set_description   (PzMapView      *self,
                                                 const char     *description);
void              pz_map_view_set_selected      (PzMapView      *self,
                                                 PzZone         *zone);
PzMapComposition *pz_map_view_get_composition   (PzMapView      *self);
PzMapComposition *pz_map_view_dup_composition   (PzMapView      *self);
void              pz_map_view_zoom_to_bounds    (PzMapView      *self,
                                                 const double    bounds[4]);
void              pz_map_view_zoom_to_all       (PzMapView      *self);
void              pz_map_view_zoom_to_provinces (PzMapView      *self,
                                                 const char * const *codes);
void              pz_map_view_reveal_zone       (PzMapView      *self,
                                                 PzZone         *zone);
void              pz_map_view_fit_when_settled  (PzMapView      *self);
void              pz_map_view_restore_view      (PzMapView      *self,
                                                 GSettings      *settings);
void              pz_map_view_save_view         (PzMapView      *self,
                                                 GSettings      *settings);
void              pz_map_view_get_center        (PzMapView      *self,
                                                 double         *latitude,
                                                 double         *longitude,
                                                 double         *zoom);
void              pz_map_view_go_to             (PzMapView      *self,
                                                 double          latitude,
                                                 double          longitude,
                                                 double          zoom);
void              pz_map_view_activate_at       (PzMapView      *self,
                                                 double          x,
                                                 double          y,
                                                 GdkModifierType state);
ShumateViewport  *pz_map_view_get_viewport      (PzMapView      *self);
PzZoneLayer      *pz_map_view_get_zone_layer    (PzMapView      *self);
PzParkLayer      *pz_map_view_get_park_layer    (PzMapView      *self);
PzProvinceLayer  *pz_map_view_get_province_layer (PzMapView     *self);
PzEnterpriseLayer *pz_map_view_get_enterprise_layer (PzMapView   *self);
void              pz_map_view_mark_enterprise   (PzMapView      *self,
                                                 gboolean        marked,
                                                 double          latitude,
                                                 double          longitude);
PzLegend         *pz_map_view_get_legend        (PzMapView      *self);

void              pz_map_view_set_class_reference (PzMapView  *self,
                                                   GListModel *zones,
                                                   const char *date);

G_END_DECLS
