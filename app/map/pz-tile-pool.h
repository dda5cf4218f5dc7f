/* pz-tile-pool.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Tile buffers kept for reuse while the map moves, in use or not: 96
 * tiles (24 MiB at scale 1). A window's grid is 35 tiles and the images
 * kept beyond it make up PZ_TILE_TEXTURE_BUDGET; in a soak, 99 % of the
 * time fewer than 64 were in use, but a zoom draws the grids of two
 * levels, and past 64 buffers, up to 5 MiB of them were mapped and
 * unmapped every minute. */
#define PZ_TILE_POOL_TILES 96

cairo_surface_t *pz_tile_pool_new_image     (int size);
gsize            pz_tile_pool_get_allocated (void);
void             pz_tile_pool_trim          (void);

G_END_DECLS
