/* pz-map-render.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pz-basemap-draw.h"
#include "pz-choropleth.h"
#include "pz-zone.h"

G_BEGIN_DECLS

/* Everything one finished map shows: the layers the screen draws, plus
 * what a printed map needs (title, legend, scale, north, attribution). */
typedef struct
{
  PzBasemap        *basemap;
  GListModel       *zones;       /* the zones to mark */
  GListModel       *parks;       /* set: the parks of those zones, under them */
  GListModel       *batches;     /* for the batch legend */
  PzChoropleth     *choropleth;  /* set: provinces instead of markers */
  PzZone           *selected;
  const char       *title;
  const char       *subtitle;
  gboolean          legend;
  gboolean          scale_bar;
  gboolean          north_arrow;
  gboolean          attribution;
  const PzMapStyle *style;
} PzMapComposition;

/* Height of the title band at the top of a composed map. */
#define PZ_MAP_TITLE_HEIGHT 64.0

gboolean pz_map_legend_init (PzLegendSpec           *spec,
                             PzChoropleth           *choropleth,
                             GListModel             *batches,
                             gboolean                parks);
void pz_map_render         (const PzMapComposition *map,
                            cairo_t                *cr,
                            const PzView           *view);
void pz_map_draw_scale_bar (cairo_t                *cr,
                            const PzView           *view,
                            double                  x,
                            double                  y,
                            const PzMapStyle       *style);

G_END_DECLS
