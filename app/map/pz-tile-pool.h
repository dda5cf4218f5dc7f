/* pz-tile-pool.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Tile buffers kept for reuse, in use or not: 64 tiles (16 MiB at scale
 * 1). A window's grid is 35 tiles and the images kept beyond it make up
 * PZ_TILE_TEXTURE_BUDGET; in a soak, 99 % of the time fewer than 64 were
 * in use, and a start with its first zoom already used more. */
#define PZ_TILE_POOL_TILES 64

cairo_surface_t *pz_tile_pool_new_image     (int size);
gsize            pz_tile_pool_get_allocated (void);
void             pz_tile_pool_trim          (void);

G_END_DECLS
