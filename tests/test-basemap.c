/* test-basemap.c
 *
 * Tiles rendered by the code the map uses, from the fixture database's
 * basemap (the bundled one's geometry): sea is sea and land is land at
 * known places, at scale 1 and at HiDPI scale 2, in the light and the
 * dark style.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "pz-basemap-draw.h"
#include "pz-basemap-source.h"
#include "pz-map-rest.h"
#include "pz-projection.h"
#include "pz-tile-paintable.h"
#include "pz-tile-pool.h"
#include "pz-xlib-pool.h"
#include "pz-test.h"

#ifdef PZ_HAVE_XLIB
#include <cairo-xlib.h>
#include <gdk/x11/gdkx.h>
#endif

typedef struct
{
  guint x;
  guint y;
  int   px;
  int   py;
} TilePixel;

/* The tile containing (lat, lon) at @zoom and the pixel inside it. */
static TilePixel
locate (double lat,
        double lon,
        guint  zoom,
        double scale)
{
  double wx = pz_mercator_x (lon) * pz_world_size (zoom);
  double wy = pz_mercator_y (lat) * pz_world_size (zoom);
  TilePixel t;

  t.x = (guint) (wx / PZ_TILE_SIZE);
  t.y = (guint) (wy / PZ_TILE_SIZE);
  t.px = (int) ((wx - t.x * PZ_TILE_SIZE) * scale);
  t.py = (int) ((wy - t.y * PZ_TILE_SIZE) * scale);
  return t;
}

/* The colour at (@lat, @lon) in the tile @style draws there, as 0xRRGGBB. */
static guint32
colour_at (PzBasemap        *basemap,
           double            lat,
           double            lon,
           guint             zoom,
           double            scale,
           const PzMapStyle *style)
{
  TilePixel t = locate (lat, lon, zoom, scale);
  cairo_surface_t *tile = pz_basemap_render_tile (basemap, t.x, t.y, zoom, scale, style, PZ_BOUNDARIES_CHINA);
  const guint8 *data = cairo_image_surface_get_data (tile);
  int stride = cairo_image_surface_get_stride (tile);
  guint32 pixel;

  g_assert_cmpint (cairo_image_surface_get_width (tile), ==, (int) (PZ_TILE_SIZE * scale));
  pixel = *(const guint32 *) (data + t.py * stride + t.px * 4) & 0xffffff;
  cairo_surface_destroy (tile);
  g_test_message ("(%g, %g) at zoom %u in the %s style = #%06x", lat, lon, zoom, style->id, pixel);
  return pixel;
}

/* Largest difference between the channels of two 0xRRGGBB values. */
static int
distance (guint32 a,
          guint32 b)
{
  int d = 0;

  for (guint shift = 0; shift <= 16; shift += 8)
    d = MAX (d, ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)));
  return d;
}

static guint32
rgb (const PzColor *c)
{
  return (guint32) (c->red * 255 + 0.5) << 16 | (guint32) (c->green * 255 + 0.5) << 8 | (guint32) (c->blue * 255 + 0.5);
}

static void
test_basemap_sea_and_land (gconstpointer data)
{
  double scale = GPOINTER_TO_INT (data);
  g_autoptr(PzDatabase) db = pz_test_open_fixture ();
  PzBasemap *basemap = pz_database_get_basemap (db);
  const PzMapStyle *style = pz_map_style_get (FALSE);

  /* The East China Sea, 300 km east of Shanghai. */
  g_assert_cmpint (distance (colour_at (basemap, 31.0, 124.5, 6, scale, style), rgb (&style->sea)), <=, 2);
  g_assert_cmpint (distance (colour_at (basemap, 31.0, 124.5, 3, scale, style), rgb (&style->sea)), <=, 2);
  /* Inland China: near Xi'an (Shaanxi) and in Qinghai. */
  g_assert_cmpint (distance (colour_at (basemap, 34.0, 108.5, 6, scale, style), rgb (&style->china)), <=, 2);
  g_assert_cmpint (distance (colour_at (basemap, 35.5, 96.0, 4, scale, style), rgb (&style->china)), <=, 2);
  /* Land outside China: central Mongolia. */
  g_assert_cmpint (distance (colour_at (basemap, 46.5, 103.0, 5, scale, style), rgb (&style->land)), <=, 2);
}

/* Each style draws its own sea, China and other land: the dark tiles match
 * the dark colours and differ from the light tiles at the same places. */
static void
test_basemap_dark (void)
{
  g_autoptr(PzDatabase) db = pz_test_open_fixture ();
  PzBasemap *basemap = pz_database_get_basemap (db);
  const PzMapStyle *light = pz_map_style_get (FALSE);
  const PzMapStyle *dark = pz_map_style_get (TRUE);
  const struct {
    double         lat;
    double         lon;
    guint          zoom;
    const PzColor *light;
    const PzColor *dark;
  } places[] = {
    { 31.0, 124.5, 6, &light->sea, &dark->sea },
    { 34.0, 108.5, 6, &light->china, &dark->china },
    { 46.5, 103.0, 5, &light->land, &dark->land },
  };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      guint32 on_light = colour_at (basemap, places[i].lat, places[i].lon, places[i].zoom, 1, light);
      guint32 on_dark = colour_at (basemap, places[i].lat, places[i].lon, places[i].zoom, 1, dark);

      g_assert_cmpint (distance (on_light, rgb (places[i].light)), <=, 2);
      g_assert_cmpint (distance (on_dark, rgb (places[i].dark)), <=, 2);
      g_assert_cmpint (distance (on_light, on_dark), >, 32);
    }
}

/* WCAG relative luminance of an sRGB colour. */
static double
luminance (const PzColor *c)
{
  double channels[] = { c->red, c->green, c->blue };

  for (guint i = 0; i < 3; i++)
    channels[i] = channels[i] <= 0.04045 ? channels[i] / 12.92 : pow ((channels[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

static double
contrast (const PzColor *a,
          const PzColor *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Park symbols stand out from sea, land and China in both styles: at
 * least 3:1, WCAG's bar for graphics. */
static void
test_basemap_park_contrast (gconstpointer data)
{
  const PzMapStyle *style = pz_map_style_get (GPOINTER_TO_INT (data));

  g_assert_cmpfloat (contrast (&style->park, &style->sea), >=, 3);
  g_assert_cmpfloat (contrast (&style->park, &style->land), >=, 3);
  g_assert_cmpfloat (contrast (&style->park, &style->china), >=, 3);
}

/* Lakes show from zoom 4: Taihu is water at zoom 7, China's land at 3;
 * built-up Shanghai from zoom 6. */
static void
test_basemap_context (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pz_database_default_path ();
  g_autoptr(PzDatabase) db = pz_database_open (path, &error);
  const PzMapStyle *light = pz_map_style_get (FALSE);
  PzBasemap *basemap;
  struct { double lat, lon; guint zoom; const PzColor *expected; } cases[] = {
    { 31.2, 120.2, 7, &light->sea }, { 31.2, 120.2, 3, &light->china },
    { 31.23, 121.47, 7, &light->urban }, { 31.23, 121.47, 5, &light->china },
  };

  g_assert_no_error (error);
  basemap = pz_database_get_basemap (db);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (distance (colour_at (basemap, cases[i].lat, cases[i].lon, cases[i].zoom, 1, light),
                               rgb (cases[i].expected)), <=, 2);
}

static cairo_surface_t *
tile_image (void)
{
  return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 256, 256);
}

static void
count_restore (PzTilePaintable *paintable,
               gpointer         data)
{
  (*(guint *) data)++;
}

static void
count_destroyed (void *data)
{
  (*(guint *) data)++;
}

/* Appends @n blank tiles that count their requests to be rendered again
 * and, with @destroyed, their images destroyed. */
static void
add_tiles (GPtrArray *tiles,
           guint      n,
           guint     *restores,
           guint     *destroyed)
{
  static const GdkRGBA sea = { 0.7, 0.8, 0.9, 1 };
  static const cairo_user_data_key_t key;

  for (guint i = 0; i < n; i++)
    {
      cairo_surface_t *image = tile_image ();

      if (destroyed != NULL)
        cairo_surface_set_user_data (image, &key, destroyed, count_destroyed);
      g_ptr_array_add (tiles, pz_tile_paintable_new (image, &sea, count_restore, restores, NULL));
      cairo_surface_destroy (image);
    }
}

/* Draws @paintable at @size points; returns whether it drew anything. */
static gboolean
draw_at (PzTilePaintable *paintable,
         double           size)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  gdk_paintable_snapshot (GDK_PAINTABLE (paintable), snapshot, size, size);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  return node != NULL;
}

static void
draw (PzTilePaintable *paintable)
{
  draw_at (paintable, 256);
}

/* Adds twice the budget's worth of tiles; FALSE, the test skipped,
 * without a display: render nodes need GTK set up. */
static gboolean
add_budget_tiles (GPtrArray *tiles,
                  guint     *restores,
                  guint     *destroyed)
{
  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      return FALSE;
    }
  add_tiles (tiles, 2 * PZ_TILE_TEXTURE_BUDGET / (256 * 256 * 4), restores, destroyed);
  return TRUE;
}

/* A while after the tiles of @tiles came in, a frame draws their last
 * quarter; then a new tile comes in. */
static void
draw_last_quarter_then_add (GPtrArray *tiles,
                            guint     *restores)
{
  const guint n = tiles->len;

  g_usleep (150 * G_TIME_SPAN_MILLISECOND);
  for (guint i = 3 * n / 4; i < n; i++)
    draw (tiles->pdata[i]);
  add_tiles (tiles, 1, restores, NULL);
}

/* Tile images past the byte budget are released, oldest drawn first,
 * never those of the latest frame; a released tile shows a placeholder
 * and asks once to be rendered again. */
static void
test_tile_budget (void)
{
  g_autoptr(GPtrArray) tiles = g_ptr_array_new_with_free_func (g_object_unref);
  guint restores = 0, n;

  if (!add_budget_tiles (tiles, &restores, NULL))
    return;
  n = tiles->len;
  /* Nothing drawn yet: nothing to tell off-screen tiles by. */
  g_assert_cmpuint (pz_tile_paintable_get_held (), ==, (gsize) n * 256 * 256 * 4);

  draw_last_quarter_then_add (tiles, &restores);
  g_assert_cmpuint (pz_tile_paintable_get_held (), <=, PZ_TILE_TEXTURE_BUDGET);
  for (guint i = 3 * n / 4; i <= n; i++)
    g_assert_true (pz_tile_paintable_has_image (tiles->pdata[i]));
  g_assert_false (pz_tile_paintable_has_image (tiles->pdata[0]));

  /* Drawn again, a released tile asks for its texture once. */
  draw (tiles->pdata[0]);
  draw (tiles->pdata[0]);
  g_assert_cmpuint (restores, ==, 1);
  {
    cairo_surface_t *image = tile_image ();

    pz_tile_paintable_set_image (tiles->pdata[0], image);
    cairo_surface_destroy (image);
  }
  g_assert_true (pz_tile_paintable_has_image (tiles->pdata[0]));

  g_ptr_array_set_size (tiles, 0);
  g_assert_cmpuint (pz_tile_paintable_get_held (), ==, 0);
}

/* Runs the main loop until @done (@data) holds or @within has passed. */
static void
run_main_loop_until (gboolean      (*done) (gconstpointer data),
                     gconstpointer   data,
                     GTimeSpan       within)
{
  gint64 deadline = g_get_monotonic_time () + within;

  while (!done (data) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10 * G_TIME_SPAN_MILLISECOND);
}

static gboolean
within_budget (gconstpointer unused)
{
  return pz_tile_paintable_get_held () <= PZ_TILE_TEXTURE_BUDGET;
}

/* Runs the main loop until the tiles held fit the budget again, as the
 * budget's timer lets them go once drawing pauses; at most a second. */
static void
wait_within_budget (void)
{
  run_main_loop_until (within_budget, NULL, G_TIME_SPAN_SECOND);
  g_assert_cmpuint (pz_tile_paintable_get_held (), <=, PZ_TILE_TEXTURE_BUDGET);
}

/* Without new tiles coming in, tiles beyond the budget are let go once
 * drawing pauses: as after a zoom back to a level whose tiles are cached. */
static void
test_tile_budget_idle (void)
{
  g_autoptr(GPtrArray) tiles = g_ptr_array_new_with_free_func (g_object_unref);
  guint restores = 0, n;

  if (!add_budget_tiles (tiles, &restores, NULL))
    return;
  n = tiles->len;
  /* Two frames: all tiles, then a quarter of them; no tile comes in. */
  for (guint i = 0; i < n; i++)
    draw (tiles->pdata[i]);
  g_usleep (150 * G_TIME_SPAN_MILLISECOND);
  for (guint i = 3 * n / 4; i < n; i++)
    draw (tiles->pdata[i]);
  g_assert_cmpuint (pz_tile_paintable_get_held (), ==, (gsize) n * 256 * 256 * 4);

  wait_within_budget ();
  for (guint i = 3 * n / 4; i < n; i++)
    g_assert_true (pz_tile_paintable_has_image (tiles->pdata[i]));
  g_assert_false (pz_tile_paintable_has_image (tiles->pdata[0]));
  g_assert_cmpuint (restores, ==, 0);
}

/* A tile drawn at four times its size is from a zoom level two away,
 * which libshumate draws under the current one until that is complete: it
 * is not part of the frame, so past the budget it is let go although just
 * drawn, and then draws nothing and asks for no new rendering. Drawn at
 * its own size again, it asks to be rendered. */
static void
test_tile_far_level (void)
{
  g_autoptr(GPtrArray) tiles = g_ptr_array_new_with_free_func (g_object_unref);
  guint restores = 0, n;

  if (!add_budget_tiles (tiles, &restores, NULL))
    return;
  n = tiles->len;
  /* Made a while before this frame, whose first half are tiles of a zoom
   * level two up. */
  g_usleep (150 * G_TIME_SPAN_MILLISECOND);
  for (guint i = 0; i < n; i++)
    draw_at (tiles->pdata[i], i < n / 2 ? 1024 : 256);

  wait_within_budget ();
  for (guint i = 0; i < n; i++)
    g_assert_true (pz_tile_paintable_has_image (tiles->pdata[i]) == (i >= n / 2));

  g_assert_false (draw_at (tiles->pdata[0], 1024));
  g_assert_false (draw_at (tiles->pdata[0], 100));
  g_assert_cmpuint (restores, ==, 0);
  g_assert_true (draw_at (tiles->pdata[0], 256));
  g_assert_cmpuint (restores, ==, 1);
}

/* Runs what the main loop has ready, without waiting. */
static void
drain_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* An image let go is destroyed once a later frame has drawn tiles (the
 * frame on screen may record it until then), not a second later. */
static void
test_tile_retired (void)
{
  g_autoptr(GPtrArray) tiles = g_ptr_array_new_with_free_func (g_object_unref);
  /* Static: the images of the tiles still held at the end are let go
   * then, and destroyed in a later test's frame. */
  static guint destroyed;
  guint restores = 0, released = 0, n;

  destroyed = 0;
  if (!add_budget_tiles (tiles, &restores, &destroyed))
    return;
  n = tiles->len;
  drain_main_loop ();
  /* A frame draws the last quarter, a new tile comes in: the images of
   * the other tiles are let go. */
  draw_last_quarter_then_add (tiles, &restores);
  for (guint i = 0; i < n; i++)
    released += !pz_tile_paintable_has_image (tiles->pdata[i]);
  g_assert_cmpuint (released, >, 0);

  drain_main_loop ();
  g_assert_cmpuint (destroyed, ==, 0);
  draw (tiles->pdata[n - 1]);
  drain_main_loop ();
  g_assert_cmpuint (destroyed, ==, released);
}

/* Tile buffers are kept for the next tiles: destroying images and making
 * as many again allocates nothing, and a reused buffer comes back clear;
 * past PZ_TILE_POOL_TILES, buffers go back to the system, and all spare
 * ones do when the pool is trimmed. */
static void
test_tile_pool (void)
{
  /* A size no other test renders, so that no spare buffer of it exists. */
  const int size = 100;
  const gsize bytes = (gsize) cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, size) * size;
  const guint n = 8, many = PZ_TILE_POOL_TILES + 16;
  cairo_surface_t *images[8];
  g_autoptr(GPtrArray) lots = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  gsize before;

  /* Without the spare buffers other tests left: those in use remain. */
  pz_tile_pool_trim ();
  before = pz_tile_pool_get_allocated ();

  for (guint i = 0; i < n; i++)
    {
      images[i] = pz_tile_pool_new_image (size);
      memset (cairo_image_surface_get_data (images[i]), 0xff, bytes);
    }
  g_assert_cmpuint (pz_tile_pool_get_allocated (), ==, before + n * bytes);
  for (guint i = 0; i < n; i++)
    cairo_surface_destroy (images[i]);
  g_assert_cmpuint (pz_tile_pool_get_allocated (), ==, before + n * bytes);

  for (guint i = 0; i < n; i++)
    {
      images[i] = pz_tile_pool_new_image (size);
      g_assert_cmpint (cairo_image_surface_get_width (images[i]), ==, size);
      g_assert_cmphex (((guint32 *) cairo_image_surface_get_data (images[i]))[size * size / 2], ==, 0);
    }
  g_assert_cmpuint (pz_tile_pool_get_allocated (), ==, before + n * bytes);
  for (guint i = 0; i < n; i++)
    cairo_surface_destroy (images[i]);

  for (guint i = 0; i < many; i++)
    g_ptr_array_add (lots, pz_tile_pool_new_image (size));
  g_assert_cmpuint (pz_tile_pool_get_allocated (), >, PZ_TILE_POOL_TILES * bytes);
  g_ptr_array_set_size (lots, 0);
  g_assert_cmpuint (pz_tile_pool_get_allocated (), <=, PZ_TILE_POOL_TILES * bytes);
  g_assert_cmpuint (pz_tile_pool_get_allocated (), >, before);

  /* As the map rests, every spare buffer goes. */
  pz_tile_pool_trim ();
  g_assert_cmpuint (pz_tile_pool_get_allocated (), ==, before);
}

#ifdef PZ_HAVE_XLIB
static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The System V shared memory mapped in this process: the segments' ids,
 * which /proc gives as the inode of each mapping, sorted. */
static char *
shared_memory_ids (void)
{
  g_autofree char *maps = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  lines = g_strsplit (maps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "/SYSV") != NULL)
      {
        g_auto(GStrv) fields = g_strsplit_set (lines[i], " ", -1);
        guint n = 0;

        /* address, permissions, offset, device, inode */
        for (guint j = 0; fields[j] != NULL; j++)
          if (*fields[j] != '\0' && ++n == 5)
            g_ptr_array_add (ids, g_strdup (fields[j]));
      }
  g_ptr_array_sort (ids, compare_strings);
  g_ptr_array_add (ids, NULL);
  return g_strjoinv (",", (char **) ids->pdata);
}
#endif

/* On X11, frames pass through the pool of shared memory kept for them: a
 * frame-sized image makes no pool of its own and, once gone, does not take
 * the pool with it (cairo destroys a pool that falls empty). */
static void
test_xlib_pool (void)
{
#ifdef PZ_HAVE_XLIB
  GdkDisplay *display;
  GtkWidget *window;
  Display *xdisplay;
  cairo_surface_t *root;
  g_autofree char *kept = NULL;

  if (!gtk_init_check () || !GDK_IS_X11_DISPLAY ((display = gdk_display_get_default ())))
    {
      g_test_skip ("no X11 display");
      return;
    }
  window = gtk_window_new ();
  gtk_widget_realize (window);
  pz_xlib_pool_keep (window);
  kept = shared_memory_ids ();
  g_assert_cmpstr (kept, !=, "");

  xdisplay = gdk_x11_display_get_xdisplay (display);
  root = cairo_xlib_surface_create (xdisplay, gdk_x11_display_get_xrootwindow (display),
                                    DefaultVisual (xdisplay, DefaultScreen (xdisplay)), 1, 1);
  for (guint i = 0; i < 3; i++)
    {
      cairo_surface_t *frame = cairo_surface_create_similar_image (root, CAIRO_FORMAT_ARGB32, 1280, 800);
      g_autofree char *during = shared_memory_ids ();
      g_autofree char *after = NULL;

      g_assert_cmpstr (during, ==, kept);
      cairo_surface_destroy (frame);
      XSync (xdisplay, False);
      /* cairo looks for empty pools as it hands out the next image. */
      cairo_surface_destroy (cairo_surface_create_similar_image (root, CAIRO_FORMAT_ARGB32, 64, 64));
      after = shared_memory_ids ();
      g_assert_cmpstr (after, ==, kept);
    }
  cairo_surface_destroy (root);
  gtk_window_destroy (GTK_WINDOW (window));
#else
  g_test_skip ("built without X11");
#endif
}

#if defined (__GLIBC__) && !defined (__SANITIZE_ADDRESS__)
static guint rests_seen;

static gboolean
resting (gconstpointer unused)
{
  return pz_map_rest_is_resting ();
}

static void
count_rest (gpointer instance)
{
  g_assert_true (G_IS_OBJECT (instance));
  rests_seen++;
}

/* How long the map takes to rest after @event, running the main loop. */
static gint64
time_to_rest (void (*event) (void))
{
  gint64 start = g_get_monotonic_time ();

  event ();
  g_assert_false (pz_map_rest_is_resting ());
  run_main_loop_until (resting, NULL, 3 * PZ_MAP_REST_US);
  g_assert_true (pz_map_rest_is_resting ());
  return g_get_monotonic_time () - start;
}
#endif

/* Memory freed while the map moves stays in the heap for the next frame,
 * and goes back to the system once no tile has been drawn for
 * PZ_MAP_REST_US; drawing again ends the rest. Each rest tells the
 * objects watching, as long as they live. */
static void
test_map_rest (void)
{
#if defined (__GLIBC__) && !defined (__SANITIZE_ADDRESS__)
  gpointer blocks[1024];
  GObject *watcher = g_object_new (G_TYPE_OBJECT, NULL);

  pz_map_rest_watch (watcher, count_rest);

  /* 4 MiB in blocks too large for malloc's per-thread cache, freed last
   * first into the heap's top, which free() alone keeps here. */
  mallopt (M_TRIM_THRESHOLD, 64 * 1024 * 1024);
  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    blocks[i] = g_malloc (4096);
  for (guint i = G_N_ELEMENTS (blocks); i > 0; i--)
    g_free (blocks[i - 1]);

  pz_map_rest_moved ();
  g_assert_false (pz_map_rest_is_resting ());
  g_assert_cmpuint (mallinfo2 ().keepcost, >=, 2 * 1024 * 1024);

  run_main_loop_until (resting, NULL, 3 * PZ_MAP_REST_US);
  g_assert_true (pz_map_rest_is_resting ());
  g_assert_cmpuint (mallinfo2 ().keepcost, <, 256 * 1024);
  g_assert_cmpuint (rests_seen, ==, 1);
  mallopt (M_TRIM_THRESHOLD, 128 * 1024);

  /* Drawn again with nothing moved (the rest's redraw), it rests again
   * within a tenth of a second; once: drawn once more, it takes the whole
   * second again, and so it does after a move. */
  g_assert_cmpint (time_to_rest (pz_map_rest_drawing), <, PZ_MAP_REST_US);
  g_assert_cmpuint (rests_seen, ==, 2);
  g_assert_cmpint (time_to_rest (pz_map_rest_drawing), >=, PZ_MAP_REST_US);
  g_assert_cmpuint (rests_seen, ==, 3);
  g_assert_cmpint (time_to_rest (pz_map_rest_moved), >=, PZ_MAP_REST_US);
  g_assert_cmpuint (rests_seen, ==, 4);

  g_object_unref (watcher);
  time_to_rest (pz_map_rest_moved);
  g_assert_cmpuint (rests_seen, ==, 4);
#else
  g_test_skip ("malloc is not glibc's (AddressSanitizer's, or another libc's)");
#endif
}

static void
tile_filled (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_assert_true (shumate_map_source_fill_tile_finish (SHUMATE_MAP_SOURCE (source), result, NULL));
  (*(guint *) data)--;
}

static gboolean
is_zero (gconstpointer count)
{
  return *(const guint *) count == 0;
}

/* Whether tile (@x, @y) of zoom 4 meets the 512×256 view centred on
 * (35° N, 105° E) at zoom 4. */
static gboolean
on_screen (guint x,
           guint y)
{
  double cx = pz_mercator_x (105) * pz_world_size (4), cy = pz_mercator_y (35) * pz_world_size (4);

  return (x + 1) * PZ_TILE_SIZE > cx - 256 && x * PZ_TILE_SIZE < cx + 256 &&
         (y + 1) * PZ_TILE_SIZE > cy - 128 && y * PZ_TILE_SIZE < cy + 128;
}

static PzTilePaintable *
paintable_of (ShumateTile *tile)
{
  return PZ_TILE_PAINTABLE (shumate_tile_get_paintable (tile));
}

static gboolean
has_image (gconstpointer tile)
{
  return pz_tile_paintable_has_image (paintable_of ((ShumateTile *) tile));
}

/* As the map rests, the tiles of its source off screen (around the view,
 * and of another zoom) let go of their images; drawn, they show their
 * placeholder and do not render again until the map moves. */
static void
test_tile_rest (void)
{
  g_autoptr(PzDatabase) db = pz_test_open_fixture ();
  g_autoptr(PzBasemapSource) source = NULL;
  g_autoptr(ShumateViewport) viewport = shumate_viewport_new ();
  g_autoptr(GPtrArray) tiles = g_ptr_array_new_with_free_func (g_object_unref);
  double cx = pz_mercator_x (105) * pz_world_size (4), cy = pz_mercator_y (35) * pz_world_size (4);
  guint x0 = (guint) (cx / PZ_TILE_SIZE) - 2, y0 = (guint) (cy / PZ_TILE_SIZE) - 2;
  guint unfilled, seen = 0, released;
  ShumateTile *off = NULL;

  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      return;
    }
  source = pz_basemap_source_new (pz_database_get_basemap (db), pz_map_style_get (FALSE), PZ_BOUNDARIES_CHINA, 1);
  /* libshumate's grid: the view and a tile around it; and a tile of the
   * zoom before. */
  for (guint x = x0; x < x0 + 5; x++)
    for (guint y = y0; y < y0 + 5; y++)
      g_ptr_array_add (tiles, shumate_tile_new_full (x, y, PZ_TILE_SIZE, 4));
  g_ptr_array_add (tiles, shumate_tile_new_full (x0 / 2, y0 / 2, PZ_TILE_SIZE, 3));
  unfilled = tiles->len;
  for (guint i = 0; i < tiles->len; i++)
    shumate_map_source_fill_tile_async (SHUMATE_MAP_SOURCE (source), tiles->pdata[i], NULL, tile_filled, &unfilled);
  run_main_loop_until (is_zero, &unfilled, 10 * G_TIME_SPAN_SECOND);
  g_assert_cmpuint (unfilled, ==, 0);

  shumate_location_set_location (SHUMATE_LOCATION (viewport), 35, 105);
  shumate_viewport_set_zoom_level (viewport, 4);
  released = pz_basemap_source_rest (source, viewport, 512, 256);
  for (guint i = 0; i < tiles->len; i++)
    {
      ShumateTile *tile = tiles->pdata[i];
      gboolean shown = shumate_tile_get_zoom_level (tile) == 4 &&
                       on_screen (shumate_tile_get_x (tile), shumate_tile_get_y (tile));

      g_assert_true (has_image (tile) == shown);
      seen += shown;
      if (!shown && shumate_tile_get_zoom_level (tile) == 4)
        off = tile;
    }
  /* 512×256 at a place between tiles: three columns, two rows. */
  g_assert_cmpuint (seen, ==, 6);
  g_assert_cmpuint (released, ==, tiles->len - seen);
  g_assert_cmpuint (pz_basemap_source_rest (source, viewport, 512, 256), ==, 0);

  /* Drawn in the frame after: no rendering again. */
  draw (paintable_of (off));
  drain_main_loop ();
  g_assert_cmpuint (pz_basemap_source_get_pending (source), ==, 0);
  g_assert_false (has_image (off));

  /* The map moves: the tile is rendered again as soon as it is drawn. */
  pz_map_rest_moved ();
  draw (paintable_of (off));
  g_assert_cmpuint (pz_basemap_source_get_pending (source), ==, 1);
  run_main_loop_until (has_image, off, 10 * G_TIME_SPAN_SECOND);
  g_assert_true (has_image (off));
}

/* A tile at scale 2 (512 px, left half red, right half blue) drawn in its
 * 256-px box: a texture node for the GL renderer, a cairo node for the
 * cairo renderer, both showing the tile's pixels. */
static void
test_tile_nodes (void)
{
  GdkRGBA sea = { 0.7, 0.8, 0.9, 1 };
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 512, 512);
  cairo_t *cr = cairo_create (image);
  g_autoptr(PzTilePaintable) tile = NULL;
  const struct { gboolean as_cairo; GskRenderNodeType type; } modes[] = {
    { FALSE, GSK_TEXTURE_NODE }, { TRUE, GSK_CAIRO_NODE },
  };

  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      cairo_destroy (cr);
      cairo_surface_destroy (image);
      return;
    }
  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_rectangle (cr, 0, 0, 256, 512);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 1);
  cairo_rectangle (cr, 256, 0, 256, 512);
  cairo_fill (cr);
  cairo_destroy (cr);
  tile = pz_tile_paintable_new (image, &sea, NULL, NULL, NULL);
  cairo_surface_destroy (image);

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) node = NULL;
      cairo_surface_t *out = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 256, 256);
      guint32 *pixels;

      pz_tile_paintable_set_draw_as_cairo (modes[i].as_cairo);
      gdk_paintable_snapshot (GDK_PAINTABLE (tile), snapshot, 256, 256);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      g_assert_cmpint (gsk_render_node_get_node_type (node), ==, modes[i].type);

      cr = cairo_create (out);
      gsk_render_node_draw (node, cr);
      cairo_destroy (cr);
      cairo_surface_flush (out);
      pixels = (guint32 *) cairo_image_surface_get_data (out);
      g_assert_cmphex (pixels[100 * 256 + 60], ==, 0xffff0000);
      g_assert_cmphex (pixels[100 * 256 + 200], ==, 0xff0000ff);
      cairo_surface_destroy (out);
    }
  pz_tile_paintable_set_draw_as_cairo (FALSE);
}

int
main (int   argc,
      char *argv[])
{
#ifdef __GLIBC__
  /* As the app (main.c): tile images are mapped and unmapped, not left
   * as free megabytes in the heap, where MALLOC_PERTURB_ (set by meson
   * test) rewrote them on each small free and loading the database in the
   * next test took over 10 s. */
  mallopt (M_MMAP_THRESHOLD, 64 * 1024);
#endif
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/basemap/sea-and-land/scale-1", GINT_TO_POINTER (1), test_basemap_sea_and_land);
  g_test_add_data_func ("/basemap/sea-and-land/scale-2", GINT_TO_POINTER (2), test_basemap_sea_and_land);
  g_test_add_func ("/basemap/dark", test_basemap_dark);
  g_test_add_func ("/basemap/tile-budget", test_tile_budget);
  g_test_add_func ("/basemap/tile-budget-idle", test_tile_budget_idle);
  g_test_add_func ("/basemap/tile-far-level", test_tile_far_level);
  g_test_add_func ("/basemap/tile-retired", test_tile_retired);
  g_test_add_func ("/basemap/tile-nodes", test_tile_nodes);
  /* Before the X11 test, whose window GTK 4.8 still signals about in a
   * main loop run after it was destroyed; the pool's before the tiles
   * of tile-rest are in it, the heap's before that test leaves holes. */
  g_test_add_func ("/basemap/map-rest", test_map_rest);
  g_test_add_func ("/basemap/tile-pool", test_tile_pool);
  g_test_add_func ("/basemap/tile-rest", test_tile_rest);
  g_test_add_func ("/basemap/xlib-pool", test_xlib_pool);
  g_test_add_func ("/basemap/context", test_basemap_context);
  g_test_add_data_func ("/basemap/park-contrast/light", GINT_TO_POINTER (FALSE), test_basemap_park_contrast);
  g_test_add_data_func ("/basemap/park-contrast/dark", GINT_TO_POINTER (TRUE), test_basemap_park_contrast);

  return g_test_run ();
}
