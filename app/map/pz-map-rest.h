/* pz-map-rest.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The map rests once no tile has been drawn for this long. */
#define PZ_MAP_REST_US G_USEC_PER_SEC

/* Called as the map comes to rest, with the instance it was watched for. */
typedef void (*PzMapRestFunc) (gpointer instance);

void     pz_map_rest_drawing    (void);
void     pz_map_rest_moved      (void);
guint    pz_map_rest_get_moves  (void);
gboolean pz_map_rest_is_resting (void);
void     pz_map_rest_watch      (GObject       *instance,
                                 PzMapRestFunc  func);

G_END_DECLS
