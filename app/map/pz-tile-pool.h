/* pz-tile-pool.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Bytes of tile pixels kept for reuse, in use or not: 64 MiB, 256 tiles
 * at scale 1. A zoom through several levels draws the tiles of every
 * level passed until the new one is complete (libshumate keeps them); with
 * 32 MiB the buffers past it were allocated and freed in such zooms, and
 * RSS rose by 3-13 MiB for about a second, 2.4 % of the time in a soak.
 * The pool holds only what was once in use at the same time. */
#define PZ_TILE_POOL_BYTES (64u << 20)

cairo_surface_t *pz_tile_pool_new_image     (int size);
gsize            pz_tile_pool_get_allocated (void);

G_END_DECLS
