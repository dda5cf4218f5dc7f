/* pz-tile-paintable.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Bytes of tile images kept beyond the tiles libshumate has in its grid
 * (on screen or in its one-tile margin): 8 MiB, 32 tiles at scale 1. */
#define PZ_TILE_TEXTURE_BUDGET (8u << 20)

#define PZ_TYPE_TILE_PAINTABLE (pz_tile_paintable_get_type ())

G_DECLARE_FINAL_TYPE (PzTilePaintable, pz_tile_paintable, PZ, TILE_PAINTABLE, GObject)

/* Asked to render the tile again, once, after its image was released;
 * it must end with pz_tile_paintable_set_image() on the main thread. */
typedef void (*PzTileRestoreFunc) (PzTilePaintable *paintable,
                                   gpointer         data);

/* Whether the tile made with @data keeps its image as the map rests. */
typedef gboolean (*PzTileKeepFunc) (gpointer data,
                                    gpointer user_data);

PzTilePaintable *pz_tile_paintable_new               (cairo_surface_t   *image,
                                                      const GdkRGBA     *placeholder,
                                                      PzTileRestoreFunc  restore,
                                                      gpointer           data,
                                                      GDestroyNotify     destroy);
void             pz_tile_paintable_set_image         (PzTilePaintable   *self,
                                                      cairo_surface_t   *image);
gboolean         pz_tile_paintable_has_image         (PzTilePaintable   *self);
void             pz_tile_paintable_set_draw_as_cairo (gboolean           as_cairo);
gsize            pz_tile_paintable_get_held          (void);
guint            pz_tile_paintable_rest              (PzTileRestoreFunc  restore,
                                                      PzTileKeepFunc     keep,
                                                      gpointer           user_data);

G_END_DECLS
