/* pz-map-render.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pz-basemap-draw.h"
#include "pz-map-composition.h"

G_BEGIN_DECLS

/* What a printed map adds to the composition: its title and the
 * furniture around the data. */
typedef struct
{
  const char *title;      /* NULL: no title band */
  const char *subtitle;
  gboolean    legend;
  gboolean    scale_bar;
  gboolean    north_arrow;
  gboolean    attribution;
} PzMapDecorations;

/* Height of the title band at the top of a composed map. */
#define PZ_MAP_TITLE_HEIGHT 64.0

void pz_map_render         (PzMapComposition       *map,
                            const PzMapDecorations *decorations,
                            cairo_t                *cr,
                            const PzView           *view);
void pz_map_draw_scale_bar (cairo_t                *cr,
                            const PzView           *view,
                            double                  x,
                            double                  y,
                            const PzMapStyle       *style);

G_END_DECLS
