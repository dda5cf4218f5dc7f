/* test-geometry.c
 *
 * The GeoPackage geometry reader on blobs built here byte by byte,
 * valid and broken.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pz-geometry.h"
#include "pz-projection.h"

static void
put_u32 (GByteArray *b,
         guint32     v)
{
  guint32 le = GUINT32_TO_LE (v);

  g_byte_array_append (b, (const guint8 *) &le, 4);
}

static void
put_f64 (GByteArray *b,
         double      v)
{
  guint64 bits;

  memcpy (&bits, &v, 8);
  bits = GUINT64_TO_LE (bits);
  g_byte_array_append (b, (const guint8 *) &bits, 8);
}

static void
put_header (GByteArray *b,
            guint       envelope)
{
  const guint8 magic[] = { 'G', 'P', 0, (guint8) (0x01 | envelope << 1) };

  g_byte_array_append (b, magic, 4);
  put_u32 (b, 4326);
  for (guint i = 0; i < (envelope == 1 ? 4u : 0u); i++)
    put_f64 (b, 0);
}

static void
put_square (GByteArray *b,
            double      x,
            double      y,
            double      size)
{
  const guint8 le = 1;

  g_byte_array_append (b, &le, 1);
  put_u32 (b, PZ_GEOMETRY_POLYGON);
  put_u32 (b, 1);
  put_u32 (b, 5);
  put_f64 (b, x); put_f64 (b, y);
  put_f64 (b, x + size); put_f64 (b, y);
  put_f64 (b, x + size); put_f64 (b, y + size);
  put_f64 (b, x); put_f64 (b, y + size);
  put_f64 (b, x); put_f64 (b, y);
}

static void
test_geometry_point (void)
{
  g_autoptr(GByteArray) b = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PzGeometry) g = NULL;
  const guint8 le = 1;

  put_header (b, 0);
  g_byte_array_append (b, &le, 1);
  put_u32 (b, PZ_GEOMETRY_POINT);
  put_f64 (b, 120.16);
  put_f64 (b, 30.29);

  g = pz_geometry_new_from_gpkg (b->data, b->len, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g->type, ==, PZ_GEOMETRY_POINT);
  g_assert_cmpuint (g->n_points, ==, 1);
  /* Kept in single precision: within 1e-5° (about a metre). */
  g_assert_cmpfloat_with_epsilon (g->points[0].x, 120.16, 1e-5);
  g_assert_cmpfloat_with_epsilon (g->points[0].y, 30.29, 1e-5);
}

static void
test_geometry_multipolygon (void)
{
  g_autoptr(GByteArray) b = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PzGeometry) g = NULL;
  const guint8 le = 1;

  put_header (b, 1);
  g_byte_array_append (b, &le, 1);
  put_u32 (b, PZ_GEOMETRY_MULTIPOLYGON);
  put_u32 (b, 2);
  put_square (b, 0, 0, 1);
  put_square (b, 10, -20, 2);

  g = pz_geometry_new_from_gpkg (b->data, b->len, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g->type, ==, PZ_GEOMETRY_MULTIPOLYGON);
  g_assert_true (pz_geometry_is_polygonal (g));
  g_assert_cmpuint (g->n_rings, ==, 2);
  g_assert_cmpuint (g->n_points, ==, 10);
  g_assert_cmpuint (g->ring_starts[1], ==, 5);
  g_assert_cmpuint (g->ring_starts[2], ==, 10);
  g_assert_cmpfloat (g->min_x, ==, 0);
  g_assert_cmpfloat (g->max_x, ==, 12);
  g_assert_cmpfloat (g->min_y, ==, -20);
  g_assert_cmpfloat (g->max_y, ==, 1);

  /* Projection maps the bounds into the unit square, y pointing south. */
  pz_geometry_project_mercator (g);
  g_assert_cmpfloat_with_epsilon (g->min_x, 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (g->min_y, pz_mercator_y (1), 1e-7);
  g_assert_cmpfloat (g->max_y, >, 0.5);
}

static void
assert_invalid (const guint8 *data,
                gsize         length,
                gint          code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PzGeometry) g = pz_geometry_new_from_gpkg (data, length, &error);

  g_assert_null (g);
  g_assert_error (error, PZ_GEOMETRY_ERROR, code);
}

static void
test_geometry_invalid (void)
{
  g_autoptr(GByteArray) b = g_byte_array_new ();
  const guint8 le = 1;
  const guint8 not_gpkg[] = "XX\0\1aaaaaaaaaaaa";
  guint8 *copy;

  put_header (b, 1);
  g_byte_array_append (b, &le, 1);
  put_u32 (b, PZ_GEOMETRY_MULTIPOLYGON);
  put_u32 (b, 1);
  put_square (b, 0, 0, 1);

  assert_invalid (not_gpkg, sizeof not_gpkg, PZ_GEOMETRY_ERROR_INVALID);
  assert_invalid (b->data, 6, PZ_GEOMETRY_ERROR_INVALID);

  /* Every truncation of a valid blob fails cleanly. */
  for (guint cut = 8; cut < b->len; cut++)
    assert_invalid (b->data, cut, PZ_GEOMETRY_ERROR_INVALID);

  /* A trailing byte is refused rather than ignored. */
  copy = g_memdup2 (b->data, b->len + 1);
  copy[b->len] = 0;
  assert_invalid (copy, b->len + 1, PZ_GEOMETRY_ERROR_INVALID);
  g_free (copy);

  /* A ring claiming 2^31 points must fail without allocating them. */
  copy = g_memdup2 (b->data, b->len);
  {
    guint32 huge = GUINT32_TO_LE (0x80000000u);
    /* header 40 + byte order 1 + type 4 + parts 4 + order 1 + type 4 + rings 4 */
    memcpy (copy + 40 + 1 + 4 + 4 + 1 + 4 + 4, &huge, 4);
  }
  assert_invalid (copy, b->len, PZ_GEOMETRY_ERROR_INVALID);
  g_free (copy);

  /* An unknown WKB type (Z variant 1003) is unsupported. */
  copy = g_memdup2 (b->data, b->len);
  {
    guint32 z_type = GUINT32_TO_LE (1003);
    memcpy (copy + 40 + 1, &z_type, 4);
  }
  assert_invalid (copy, b->len, PZ_GEOMETRY_ERROR_UNSUPPORTED);
  g_free (copy);

  /* A multipolygon holding a point is not a multipolygon. */
  copy = g_memdup2 (b->data, b->len);
  {
    guint32 point = GUINT32_TO_LE (PZ_GEOMETRY_POINT);
    memcpy (copy + 40 + 1 + 4 + 4 + 1, &point, 4);
  }
  assert_invalid (copy, b->len, PZ_GEOMETRY_ERROR_INVALID);
  g_free (copy);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/geometry/point", test_geometry_point);
  g_test_add_func ("/geometry/multipolygon", test_geometry_multipolygon);
  g_test_add_func ("/geometry/invalid", test_geometry_invalid);

  return g_test_run ();
}
