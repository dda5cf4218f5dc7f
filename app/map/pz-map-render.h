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
 * furniture around the data. Sizes are logical pixels (1/96 inch), so
 * that text set in points prints at its size at any resolution. */
typedef struct
{
  const char *title;      /* NULL: no title band */
  const char *subtitle;
  gboolean    legend;
  gboolean    scale_bar;
  gboolean    north_arrow;
  gboolean    attribution;
  double      margin;     /* blank paper around the map frame; 0: none */
} PzMapDecorations;

/* Height of the title band above the map frame. */
#define PZ_MAP_TITLE_HEIGHT 64.0

/* Where the decorations of a map frame sit, in the frame's coordinates;
 * a rectangle of zero width is not drawn. Whatever else goes in the frame
 * (an inset map) takes a corner none of these holds. */
typedef struct
{
  cairo_rectangle_t legend;
  cairo_rectangle_t scale_bar;
  cairo_rectangle_t north_arrow;
  cairo_rectangle_t attribution;
  cairo_rectangle_t inset;  /* the South China Sea inset, where drawn */
} PzMapPlacement;

void pz_map_layout_frame   (const PzMapDecorations *decorations,
                            double                  page_width,
                            double                  page_height,
                            cairo_rectangle_t      *frame);
void pz_map_place          (PzMapComposition       *map,
                            const PzMapDecorations *decorations,
                            cairo_t                *cr,
                            const PzView           *view,
                            PzMapPlacement         *placement);
void pz_map_render_page    (PzMapComposition       *map,
                            const PzMapDecorations *decorations,
                            cairo_t                *cr,
                            double                  page_width,
                            double                  page_height,
                            const PzView           *view);
void pz_map_render         (PzMapComposition       *map,
                            const PzMapDecorations *decorations,
                            cairo_t                *cr,
                            const PzView           *view);
const char *pz_map_get_attribution (void);
void pz_map_draw_scale_bar (cairo_t                *cr,
                            const PzView           *view,
                            double                  x,
                            double                  y,
                            const PzMapStyle       *style);

G_END_DECLS
