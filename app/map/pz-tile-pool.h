/* pz-tile-pool.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Bytes of tile pixels kept for reuse, in use or not: 32 MiB, 128 tiles
 * at scale 1, enough for the tiles a maximised window holds (its grid and
 * PZ_TILE_TEXTURE_BUDGET) plus the next grid rendering after a zoom. */
#define PZ_TILE_POOL_BYTES (32u << 20)

cairo_surface_t *pz_tile_pool_new_image     (int size);
gsize            pz_tile_pool_get_allocated (void);

G_END_DECLS
