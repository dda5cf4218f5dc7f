/* pz-map-layer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "pz-basemap-draw.h"
#include "pz-map-style.h"
#include "pz-park.h"
#include "pz-view.h"
#include "pz-zone.h"

G_BEGIN_DECLS

/* The overlays drawn on the map widget, each with cairo over the whole
 * layer: zone markers, park symbols, and provinces (choropleth fill and
 * names). One type serves all, so the viewport plumbing exists once. */
typedef enum
{
  PZ_MAP_LAYER_ZONES,
  PZ_MAP_LAYER_PARKS,
  PZ_MAP_LAYER_PROVINCES,
} PzMapLayerKind;

#define PZ_TYPE_MAP_LAYER (pz_map_layer_get_type())

G_DECLARE_FINAL_TYPE (PzMapLayer, pz_map_layer, PZ, MAP_LAYER, ShumateLayer)

PzMapLayer *pz_map_layer_new_zones  (ShumateViewport  *viewport,
                                     GListModel       *zones);
PzMapLayer *pz_map_layer_new_parks     (ShumateViewport  *viewport,
                                        GListModel       *parks,
                                        GListModel       *zones);
PzMapLayer *pz_map_layer_new_provinces (ShumateViewport  *viewport,
                                        PzBasemap        *basemap);
void        pz_map_layer_set_choropleth (PzMapLayer    *self,
                                         PzChoropleth  *choropleth);
void        pz_map_layer_set_show_labels (PzMapLayer  *self,
                                          gboolean     show_labels);
const char *pz_map_layer_province_at   (PzMapLayer     *self,
                                        double          x,
                                        double          y);
void        pz_map_layer_set_style  (PzMapLayer       *self,
                                     const PzMapStyle *style);
PzZone     *pz_map_layer_get_selected (PzMapLayer     *self);
void        pz_map_layer_set_selected (PzMapLayer     *self,
                                       PzZone         *zone);
guint       pz_map_layer_get_n_drawn  (PzMapLayer     *self);
guint       pz_map_layer_get_n_zones  (PzMapLayer     *self);
void        pz_map_layer_get_view     (PzMapLayer     *self,
                                       PzView         *view);
PzZone     *pz_map_layer_zone_at      (PzMapLayer     *self,
                                       double          x,
                                       double          y);
PzPark     *pz_map_layer_park_at      (PzMapLayer     *self,
                                       double          x,
                                       double          y);

G_END_DECLS
