/* pz-map-composition.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pz-choropleth.h"
#include "pz-enterprise-draw.h"
#include "pz-database.h"
#include "pz-legend-draw.h"
#include "pz-map-style.h"
#include "pz-zone.h"

G_BEGIN_DECLS

/* What the map colours: zone markers by batch, provinces by their number
 * of zones, or provinces by the enterprises imported into their zones. */
typedef enum
{
  PZ_MAP_MODE_ZONES,
  PZ_MAP_MODE_PROVINCES,
  PZ_MAP_MODE_IMPORTED,
} PzMapMode;

const char *pz_map_mode_to_string   (PzMapMode   mode);
gboolean    pz_map_mode_from_string (const char *text,
                                     PzMapMode  *mode);

/* Everything that decides what a map shows — data, filter, mode, layers,
 * legend form, style and view — as one value. The map view holds one;
 * the exporter draws a copy of it, so screen and files cannot drift. */
typedef struct _PzMapComposition PzMapComposition;

PzMapComposition *pz_map_composition_new             (PzDatabase             *database,
                                                      GListModel             *zones);
PzMapComposition *pz_map_composition_ref             (PzMapComposition       *self);
void              pz_map_composition_unref           (PzMapComposition       *self);
PzMapComposition *pz_map_composition_snapshot        (const PzMapComposition *self);

PzDatabase       *pz_map_composition_get_database    (const PzMapComposition *self);
GListModel       *pz_map_composition_get_zones       (const PzMapComposition *self);
GListModel       *pz_map_composition_get_parks       (const PzMapComposition *self);
PzMapMode         pz_map_composition_get_mode        (const PzMapComposition *self);
void              pz_map_composition_set_mode        (PzMapComposition       *self,
                                                      PzMapMode               mode);
void              pz_map_composition_set_imported    (PzMapComposition       *self,
                                                      GHashTable             *counts);
void              pz_map_composition_set_enterprises (PzMapComposition       *self,
                                                      PzEnterprisePoints     *points);
PzEnterpriseClusters *pz_map_composition_get_enterprise_clusters (PzMapComposition *self);
void              pz_map_composition_set_marked      (PzMapComposition       *self,
                                                      gboolean                marked,
                                                      double                  latitude,
                                                      double                  longitude);
gboolean          pz_map_composition_get_marked      (const PzMapComposition *self,
                                                      double                 *latitude,
                                                      double                 *longitude);
gboolean          pz_map_composition_get_show_parks  (const PzMapComposition *self);
void              pz_map_composition_set_show_parks  (PzMapComposition       *self,
                                                      gboolean                show_parks);
gboolean          pz_map_composition_get_show_labels (const PzMapComposition *self);
void              pz_map_composition_set_show_labels (PzMapComposition       *self,
                                                      gboolean                show_labels);
gboolean          pz_map_composition_get_compact_legend (const PzMapComposition *self);
void              pz_map_composition_set_compact_legend (PzMapComposition    *self,
                                                         gboolean             compact);
gboolean          pz_map_composition_get_dark        (const PzMapComposition *self);
void              pz_map_composition_set_dark        (PzMapComposition       *self,
                                                      gboolean                dark);
PzBoundaries      pz_map_composition_get_boundaries  (const PzMapComposition *self);
void              pz_map_composition_set_boundaries  (PzMapComposition       *self,
                                                      PzBoundaries            boundaries);
const PzMapStyle *pz_map_composition_get_style       (const PzMapComposition *self);
PzZone           *pz_map_composition_get_selected    (const PzMapComposition *self);
void              pz_map_composition_set_selected    (PzMapComposition       *self,
                                                      PzZone                 *zone);
const char       *pz_map_composition_get_description (const PzMapComposition *self);
void              pz_map_composition_set_description (PzMapComposition       *self,
                                                      const char             *description);
gboolean          pz_map_composition_get_view        (const PzMapComposition *self,
                                                      double                 *latitude,
                                                      double                 *longitude,
                                                      double                 *zoom,
                                                      double                 *width);
void              pz_map_composition_set_view        (PzMapComposition       *self,
                                                      double                  latitude,
                                                      double                  longitude,
                                                      double                  zoom,
                                                      double                  width);
void              pz_map_composition_unset_view      (PzMapComposition       *self);
void              pz_map_composition_changed         (PzMapComposition       *self);
void              pz_map_composition_set_class_reference (PzMapComposition *self,
                                                          GListModel       *zones,
                                                          const char       *date);
PzChoropleth     *pz_map_composition_get_choropleth  (PzMapComposition       *self);
gboolean          pz_map_composition_legend_init     (PzMapComposition       *self,
                                                      PzLegendSpec           *spec);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PzMapComposition, pz_map_composition_unref)

G_END_DECLS
