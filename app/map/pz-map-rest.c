/* pz-map-rest.c
 *
 * Memory for drawing, kept while the map moves and given back once it
 * rests. Each frame drawn by GTK 4.8's cairo renderer paints the damaged
 * area into a new image (2.6 MiB for a 1280×800 window's map), replays
 * each overlay layer into an image of its size, and the tile threads
 * leave scratch memory in malloc's heap. Given back after every
 * frame (or burst of tiles), that memory came and went with the frames:
 * a soak's RSS, sampled at random moments, swung by ±5 % and more of its
 * mean. While the map moves, malloc now keeps freed memory for the next
 * frame (app/main.c); once no tile has been drawn for PZ_MAP_REST_US, the
 * maps watching let go of what only a moving map needs (the tiles off
 * screen), the spare tile buffers go, and malloc gives its free memory
 * back to the system, so a map at rest holds none of it.
 *
 * Main thread only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-map-rest"

#include "config.h"

#include "pz-map-rest.h"
#include "pz-tile-pool.h"

/* After GLib's headers, which define __GLIBC__ where it is glibc. */
#ifdef __GLIBC__
#include <malloc.h>
#endif

typedef struct
{
  GWeakRef      instance;
  PzMapRestFunc func;
} Watch;

/* Drawing right after a rest with nothing moved is the rest's own redraw
 * (or a tile that came in late): a short quiet then completes the rest,
 * once, rather than another second with the tiles let go still held. */
#define SETTLE_US (PZ_MAP_REST_US / 10)

static gint64 last_drawn;
static guint rest_source;     /* while the map moves */
static guint moves;
static guint rested_at = G_MAXUINT; /* moves at the last rest, until it settled */
static GPtrArray *watches;    /* of Watch */

static gint64
quiet_needed (void)
{
  return moves == rested_at ? SETTLE_US : PZ_MAP_REST_US;
}

static void
watch_free (gpointer data)
{
  Watch *watch = data;

  g_weak_ref_clear (&watch->instance);
  g_free (watch);
}

static void
rest (void)
{
  rested_at = moves == rested_at ? G_MAXUINT : moves;
  for (guint i = 0; watches != NULL && i < watches->len;)
    {
      Watch *watch = watches->pdata[i];
      g_autoptr(GObject) instance = g_weak_ref_get (&watch->instance);

      if (instance == NULL)
        {
          g_ptr_array_remove_index_fast (watches, i);
          continue;
        }
      watch->func (instance);
      i++;
    }
  pz_tile_pool_trim ();
#ifdef __GLIBC__
  malloc_trim (0);
#endif
}

static gboolean rest_when_quiet (gpointer data);

static void
check_in (gint64 delay_us)
{
  rest_source = g_timeout_add_full (G_PRIORITY_LOW, MAX (delay_us / 1000, 1), rest_when_quiet, NULL, NULL);
}

static gboolean
rest_when_quiet (gpointer data)
{
  gint64 quiet = g_get_monotonic_time () - last_drawn;

  /* Checked again when the map will have been quiet long enough, rather
   * than moved at every frame. */
  if (quiet < quiet_needed ())
    check_in (quiet_needed () - quiet);
  else
    {
      rest_source = 0;
      rest ();
    }
  return G_SOURCE_REMOVE;
}

/* Called as a frame draws a tile. */
void
pz_map_rest_drawing (void)
{
  last_drawn = g_get_monotonic_time ();
  if (rest_source == 0)
    check_in (quiet_needed ());
}

/* Called as a map's view moves or changes size: tiles that were off
 * screen may now be on it. */
void
pz_map_rest_moved (void)
{
  moves++;
  pz_map_rest_drawing ();
}

/* Changes whenever a map moves. */
guint
pz_map_rest_get_moves (void)
{
  return moves;
}

gboolean
pz_map_rest_is_resting (void)
{
  return rest_source == 0;
}

/**
 * pz_map_rest_watch:
 * @instance: followed with a weak reference: once it is finalized, @func
 *   is no longer called
 * @func: called with @instance each time the map comes to rest
 */
void
pz_map_rest_watch (GObject       *instance,
                   PzMapRestFunc  func)
{
  Watch *watch;

  g_return_if_fail (G_IS_OBJECT (instance));

  if (watches == NULL)
    watches = g_ptr_array_new_with_free_func (watch_free);
  watch = g_new (Watch, 1);
  watch->func = func;
  g_weak_ref_init (&watch->instance, instance);
  g_ptr_array_add (watches, watch);
}
