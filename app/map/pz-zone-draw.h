/* pz-zone-draw.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "pz-cluster-index.h"
#include "pz-legend-draw.h"
#include "pz-map-style.h"
#include "pz-view.h"
#include "pz-zone.h"

G_BEGIN_DECLS

gboolean pz_zone_view_position (const PzView    *view,
                                PzZone          *zone,
                                double          *x,
                                double          *y);
double  pz_marker_radius    (double            zoom);
void    pz_draw_marker      (cairo_t          *cr,
                             double            x,
                             double            y,
                             double            radius,
                             guint             batch,
                             gboolean          ended,
                             gboolean          selected,
                             const PzMapStyle *style);
guint   pz_draw_zones       (cairo_t          *cr,
                             const PzView     *view,
                             GListModel       *zones,
                             PzZone           *selected,
                             const PzMapStyle *style);
guint   pz_draw_zone_clusters (cairo_t          *cr,
                               const PzView     *view,
                               GListModel       *zones,
                               PzClusterIndex   *index,
                               const PzMapStyle *style);
PzZone *pz_zones_hit_test   (const PzView     *view,
                             GListModel       *zones,
                             double            x,
                             double            y);
/* What a legend of zone markers explains: the batches of the zones
 * shown, hollow markers if any zone shown has ended, the park symbol if
 * parks are drawn. Kept by the caller while a spec uses it. */
typedef struct
{
  GListStore *batches;        /* of PzBatch */
  char       *ended;          /* e.g. "Hollow: revoked in 2025"; NULL: none shown */
  guint       ended_batch;    /* the colour of the hollow swatch */
  gboolean    parks;
} PzBatchLegend;

void    pz_batch_legend_update (PzBatchLegend   *legend,
                                GListModel      *all_batches,
                                GListModel      *zones,
                                gboolean         parks);
void    pz_batch_legend_clear  (PzBatchLegend   *legend);
void    pz_batch_legend_init   (PzLegendSpec    *spec,
                                PzBatchLegend   *legend);

GPtrArray *pz_zones_hit_all (const PzView *view,
                             GListModel   *zones,
                             double        x,
                             double        y);

G_END_DECLS
