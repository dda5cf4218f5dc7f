/* pz-sea-inset.c
 *
 * The South China Sea inset (南海诸岛): maps published in China that end
 * north of the South China Sea show it in a framed box at the lower right,
 * with its own scale. Drawn by exports and by an overlay on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-sea-inset"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "pz-basemap-draw.h"
#include "pz-map-render.h"
#include "pz-projection.h"
#include "pz-sea-inset.h"

/* The box the inset shows, in degrees: the islands and the dashed line
 * down to James Shoal. */
#define INSET_WEST 105.5
#define INSET_EAST 123.0
#define INSET_NORTH 24.5
#define INSET_SOUTH 3.0

/* A view reaching this far south shows the islands itself. */
#define MAIN_MAP_SOUTH_LIMIT 4.0

/* A view this wide (degrees) that shows south China is a national view. */
#define NATIONAL_SPAN 20.0

#define MARGIN 16.0

/**
 * pz_sea_inset_get_frame:
 * @bottom: the lowest y the inset may reach, above the decorations below it
 * @frame: (out): x, y, width, height of the inset in @view
 *
 * Returns: %TRUE if @view is a national view that ends north of the
 *   South China Sea and China's conventions are drawn
 */
gboolean
pz_sea_inset_get_frame (const PzView *view,
                        PzBoundaries  boundaries,
                        double        bottom,
                        double        frame[4])
{
  double min_x, min_y, max_x, max_y;
  double west, east, north, south;
  double unit_w = pz_mercator_x (INSET_EAST) - pz_mercator_x (INSET_WEST);
  double unit_h = pz_mercator_y (INSET_SOUTH) - pz_mercator_y (INSET_NORTH);
  double w, h;

  if (boundaries != PZ_BOUNDARIES_CHINA)
    return FALSE;

  pz_view_get_unit_bounds (view, &min_x, &min_y, &max_x, &max_y);
  west = pz_mercator_longitude (min_x);
  east = pz_mercator_longitude (max_x);
  north = pz_mercator_latitude (min_y);
  south = pz_mercator_latitude (max_y);

  /* Guangzhou in view: the south coast is on the map. */
  if (south <= MAIN_MAP_SOUTH_LIMIT || east - west < NATIONAL_SPAN ||
      west > 113.3 || east < 113.3 || north < 23.1 || south > 23.1)
    return FALSE;

  h = CLAMP (view->height * 0.3, 200.0, 300.0);
  w = h * unit_w / unit_h;
  if (w > view->width / 3 || bottom - h < view->height / 3)
    return FALSE;

  frame[0] = view->width - MARGIN - w;
  frame[1] = bottom - h;
  frame[2] = w;
  frame[3] = h;
  return TRUE;
}

/**
 * pz_sea_inset_draw_at:
 * @frame: x, y, width, height of the inset, in @cr's user space
 * @scale: device pixels per logical pixel
 *
 * Draws the framed inset in @frame. Main thread only (Pango).
 */
void
pz_sea_inset_draw_at (PzBasemap        *basemap,
                      cairo_t          *cr,
                      const double      frame[4],
                      double            scale,
                      const PzMapStyle *style,
                      PzBoundaries      boundaries)
{
  g_autoptr(PangoLayout) title = NULL;
  double world = frame[3] / (pz_mercator_y (INSET_SOUTH) - pz_mercator_y (INSET_NORTH));
  PzView inset;
  int tw, th;

  g_return_if_fail (PZ_IS_BASEMAP (basemap));

  inset.zoom = log2 (world / PZ_TILE_SIZE);
  inset.origin_x = pz_mercator_x (INSET_WEST) * world;
  inset.origin_y = pz_mercator_y (INSET_NORTH) * world;
  inset.width = frame[2];
  inset.height = frame[3];
  inset.scale = scale;

  cairo_save (cr);
  cairo_translate (cr, frame[0], frame[1]);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, frame[2], frame[3]);
  cairo_clip (cr);
  pz_basemap_draw (basemap, cr, &inset, style, boundaries);
  pz_map_draw_scale_bar (cr, &inset, 8, frame[3] - 8, style);

  /* Translators: the title of the South China Sea inset of national maps */
  title = pz_cairo_text_layout (cr, "Sans Bold 10", _("South China Sea Islands"));
  /* A long translation wraps rather than leaving the frame. */
  pango_layout_set_width (title, (int) ((frame[2] - 16) * PANGO_SCALE));
  pango_layout_set_wrap (title, PANGO_WRAP_WORD);
  pango_layout_get_pixel_size (title, &tw, &th);
  cairo_rectangle (cr, frame[2] - tw - 10, 4, tw + 6, th + 2);
  pz_cairo_set_color (cr, &style->panel);
  cairo_fill (cr);
  cairo_move_to (cr, frame[2] - tw - 7, 5);
  pz_cairo_set_color (cr, &style->panel_text);
  pango_cairo_show_layout (cr, title);
  cairo_restore (cr);

  pz_cairo_set_color (cr, &style->panel_text);
  cairo_rectangle (cr, 0, 0, frame[2], frame[3]);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * pz_sea_inset_draw:
 *
 * Draws the inset at the lower right of @view when it needs one. Main
 * thread only (Pango).
 *
 * Returns: %TRUE if the inset was drawn
 */
gboolean
pz_sea_inset_draw (PzBasemap        *basemap,
                   cairo_t          *cr,
                   const PzView     *view,
                   const PzMapStyle *style,
                   PzBoundaries      boundaries,
                   double            bottom)
{
  double frame[4];

  if (!pz_sea_inset_get_frame (view, boundaries, bottom, frame))
    return FALSE;
  pz_sea_inset_draw_at (basemap, cr, frame, view->scale, style, boundaries);
  return TRUE;
}
