/* test-basemap.c
 *
 * Tiles rendered by the code the map uses: sea is sea and land is land at
 * known places, at scale 1 and at HiDPI scale 2.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "pz-basemap-draw.h"
#include "pz-database.h"
#include "pz-projection.h"

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

static void
assert_colour_at (cairo_surface_t *surface,
                  int              px,
                  int              py,
                  const PzColor   *expected)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(const guint32 *) (data + py * stride + px * 4);
  int r = (pixel >> 16) & 0xff;
  int g = (pixel >> 8) & 0xff;
  int b = pixel & 0xff;

  g_test_message ("pixel (%d, %d) = #%02x%02x%02x", px, py, r, g, b);
  g_assert_cmpint (ABS (r - (int) (expected->red * 255 + 0.5)), <=, 2);
  g_assert_cmpint (ABS (g - (int) (expected->green * 255 + 0.5)), <=, 2);
  g_assert_cmpint (ABS (b - (int) (expected->blue * 255 + 0.5)), <=, 2);
}

static void
check_place (PzBasemap     *basemap,
             double         lat,
             double         lon,
             guint          zoom,
             double         scale,
             const PzColor *expected)
{
  const PzMapStyle *style = pz_map_style_get (FALSE);
  TilePixel t = locate (lat, lon, zoom, scale);
  cairo_surface_t *tile = pz_basemap_render_tile (basemap, t.x, t.y, zoom, scale, style, PZ_BOUNDARIES_CHINA);

  g_assert_cmpint (cairo_image_surface_get_width (tile), ==, (int) (PZ_TILE_SIZE * scale));
  assert_colour_at (tile, t.px, t.py, expected);
  cairo_surface_destroy (tile);
}

static void
test_basemap_sea_and_land (gconstpointer data)
{
  double scale = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pz_database_default_path ();
  g_autoptr(PzDatabase) db = pz_database_open (path, &error);
  const PzMapStyle *style = pz_map_style_get (FALSE);
  PzBasemap *basemap;

  g_assert_no_error (error);
  basemap = pz_database_get_basemap (db);

  /* The East China Sea, 300 km east of Shanghai. */
  check_place (basemap, 31.0, 124.5, 6, scale, &style->sea);
  check_place (basemap, 31.0, 124.5, 3, scale, &style->sea);
  /* Inland China: near Xi'an (Shaanxi) and in Qinghai. */
  check_place (basemap, 34.0, 108.5, 6, scale, &style->china);
  check_place (basemap, 35.5, 96.0, 4, scale, &style->china);
  /* Land outside China: central Mongolia. */
  check_place (basemap, 46.5, 103.0, 5, scale, &style->land);
}

/* Dark style tiles differ from light ones where it matters. */
static void
test_basemap_dark (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pz_database_default_path ();
  g_autoptr(PzDatabase) db = pz_database_open (path, &error);
  const PzMapStyle *dark = pz_map_style_get (TRUE);
  TilePixel t = locate (31.0, 124.5, 6, 1);
  cairo_surface_t *tile;

  g_assert_no_error (error);
  tile = pz_basemap_render_tile (pz_database_get_basemap (db), t.x, t.y, 6, 1, dark, PZ_BOUNDARIES_CHINA);
  assert_colour_at (tile, t.px, t.py, &dark->sea);
  cairo_surface_destroy (tile);
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
    {
      TilePixel t = locate (cases[i].lat, cases[i].lon, cases[i].zoom, 1);
      cairo_surface_t *tile = pz_basemap_render_tile (basemap, t.x, t.y, cases[i].zoom, 1, light, PZ_BOUNDARIES_CHINA);

      assert_colour_at (tile, t.px, t.py, cases[i].expected);
      cairo_surface_destroy (tile);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/basemap/sea-and-land/scale-1", GINT_TO_POINTER (1), test_basemap_sea_and_land);
  g_test_add_data_func ("/basemap/sea-and-land/scale-2", GINT_TO_POINTER (2), test_basemap_sea_and_land);
  g_test_add_func ("/basemap/dark", test_basemap_dark);
  g_test_add_func ("/basemap/context", test_basemap_context);
  g_test_add_data_func ("/basemap/park-contrast/light", GINT_TO_POINTER (FALSE), test_basemap_park_contrast);
  g_test_add_data_func ("/basemap/park-contrast/dark", GINT_TO_POINTER (TRUE), test_basemap_park_contrast);

  return g_test_run ();
}
