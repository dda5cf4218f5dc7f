/* pz-map-rest.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The map rests once no tile has been drawn for this long. */
#define PZ_MAP_REST_US G_USEC_PER_SEC

void     pz_map_rest_drawing    (void);
gboolean pz_map_rest_is_resting (void);

G_END_DECLS
