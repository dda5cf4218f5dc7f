/* pz-map-rest.c
 *
 * Memory for drawing, kept while the map moves and given back once it
 * rests. Each frame drawn by GTK 4.8's cairo renderer paints the damaged
 * area into a new image (2.6 MiB for a 1280×800 window's map), replays
 * each overlay layer into an image of its size, and the tile threads
 * leave scratch memory in their malloc arena. Given back after every
 * frame (or burst of tiles), that memory came and went with the frames:
 * a soak's RSS, sampled at random moments, swung by ±5 % and more of its
 * mean. While the map moves, malloc now keeps freed memory for the next
 * frame (app/main.c); once no tile has been drawn for PZ_MAP_REST_US,
 * malloc gives its free memory back to the system, so a map at rest
 * holds none of it.
 *
 * Main thread only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-map-rest"

#include "config.h"

#include "pz-map-rest.h"

/* After GLib's headers, which define __GLIBC__ where it is glibc. */
#ifdef __GLIBC__
#include <malloc.h>
#endif

static gint64 last_drawn;
static guint rest_source;     /* while the map moves */

static gboolean
rest_when_quiet (gpointer data)
{
  if (g_get_monotonic_time () - last_drawn < PZ_MAP_REST_US)
    return G_SOURCE_CONTINUE;

  rest_source = 0;
#ifdef __GLIBC__
  malloc_trim (0);
#endif
  return G_SOURCE_REMOVE;
}

/* Called as a frame draws a tile. */
void
pz_map_rest_drawing (void)
{
  last_drawn = g_get_monotonic_time ();
  /* Checked once a second rather than moved at every frame. */
  if (rest_source == 0)
    rest_source = g_timeout_add_full (G_PRIORITY_LOW, PZ_MAP_REST_US / 1000, rest_when_quiet, NULL, NULL);
}

gboolean
pz_map_rest_is_resting (void)
{
  return rest_source == 0;
}
