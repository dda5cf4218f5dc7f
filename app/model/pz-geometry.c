/* pz-geometry.c
 *
 * Reads GeoPackage geometry blobs (a small header followed by ISO WKB).
 * Every length read from the blob is checked against the buffer, since the
 * database file is input a user can replace.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-geometry"

#include "config.h"

#include <string.h>

#include "pz-geometry.h"
#include "pz-projection.h"

G_DEFINE_QUARK (pz-geometry-error-quark, pz_geometry_error)

typedef struct
{
  const guint8 *data;
  gsize         length;
  gsize         pos;
  gboolean      little_endian;
  GArray       *points;
  GArray       *ring_starts;
} Reader;

static gboolean
reader_fail (GError **error,
             const char *what)
{
  g_set_error (error, PZ_GEOMETRY_ERROR, PZ_GEOMETRY_ERROR_INVALID,
               "Invalid geometry: %s", what);
  return FALSE;
}

static gboolean
read_u32 (Reader   *r,
          guint32  *out,
          GError  **error)
{
  guint32 v;

  if (r->length - r->pos < 4)
    return reader_fail (error, "truncated integer");
  memcpy (&v, r->data + r->pos, 4);
  r->pos += 4;
  *out = r->little_endian ? GUINT32_FROM_LE (v) : GUINT32_FROM_BE (v);
  return TRUE;
}

static gboolean
read_f64 (Reader  *r,
          double  *out,
          GError **error)
{
  guint64 v;

  if (r->length - r->pos < 8)
    return reader_fail (error, "truncated coordinate");
  memcpy (&v, r->data + r->pos, 8);
  r->pos += 8;
  v = r->little_endian ? GUINT64_FROM_LE (v) : GUINT64_FROM_BE (v);
  memcpy (out, &v, 8);
  return TRUE;
}

static gboolean
read_point (Reader  *r,
            GError **error)
{
  double x, y;
  PzPoint p;

  if (!read_f64 (r, &x, error) || !read_f64 (r, &y, error))
    return FALSE;
  p.x = (float) x;
  p.y = (float) y;
  g_array_append_val (r->points, p);
  return TRUE;
}

static gboolean
read_ring (Reader  *r,
           GError **error)
{
  guint32 n;

  if (!read_u32 (r, &n, error))
    return FALSE;
  /* Guard the allocation: each point needs 16 bytes of input. */
  if (n > (r->length - r->pos) / 16)
    return reader_fail (error, "point count exceeds data");

  g_array_append_val (r->ring_starts, r->points->len);
  for (guint32 i = 0; i < n; i++)
    {
      if (!read_point (r, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_geometry (Reader          *r,
               PzGeometryType  *type,
               guint            depth,
               GError         **error)
{
  guint32 wkb_type;
  guint32 count;

  if (depth > 2)
    return reader_fail (error, "nesting too deep");
  if (r->pos >= r->length)
    return reader_fail (error, "truncated header");
  if (r->data[r->pos] > 1)
    return reader_fail (error, "bad byte order");
  r->little_endian = r->data[r->pos] == 1;
  r->pos++;

  if (!read_u32 (r, &wkb_type, error))
    return FALSE;
  if (wkb_type < PZ_GEOMETRY_POINT || wkb_type > PZ_GEOMETRY_MULTIPOLYGON)
    {
      g_set_error (error, PZ_GEOMETRY_ERROR, PZ_GEOMETRY_ERROR_UNSUPPORTED,
                   "Unsupported geometry type %u", wkb_type);
      return FALSE;
    }
  *type = wkb_type;

  switch (*type)
    {
    case PZ_GEOMETRY_POINT:
      {
        g_array_append_val (r->ring_starts, r->points->len);
        return read_point (r, error);
      }

    case PZ_GEOMETRY_LINESTRING:
      return read_ring (r, error);

    case PZ_GEOMETRY_POLYGON:
      if (!read_u32 (r, &count, error))
        return FALSE;
      if (count > (r->length - r->pos) / 4)
        return reader_fail (error, "ring count exceeds data");
      for (guint32 i = 0; i < count; i++)
        if (!read_ring (r, error))
          return FALSE;
      return TRUE;

    case PZ_GEOMETRY_MULTIPOINT:
    case PZ_GEOMETRY_MULTILINESTRING:
    case PZ_GEOMETRY_MULTIPOLYGON:
    default:
      if (!read_u32 (r, &count, error))
        return FALSE;
      if (count > (r->length - r->pos) / 9)
        return reader_fail (error, "part count exceeds data");
      for (guint32 i = 0; i < count; i++)
        {
          PzGeometryType part_type;

          if (!read_geometry (r, &part_type, depth + 1, error))
            return FALSE;
          /* A multi geometry holds parts of its single-part type only. */
          if (part_type != *type - 3)
            return reader_fail (error, "mixed parts");
        }
      return TRUE;
    }
}

static void
update_bounds (PzGeometry *self)
{
  self->min_x = self->min_y = G_MAXDOUBLE;
  self->max_x = self->max_y = -G_MAXDOUBLE;

  for (guint i = 0; i < self->n_points; i++)
    {
      self->min_x = MIN (self->min_x, self->points[i].x);
      self->max_x = MAX (self->max_x, self->points[i].x);
      self->min_y = MIN (self->min_y, self->points[i].y);
      self->max_y = MAX (self->max_y, self->points[i].y);
    }
}

/**
 * pz_geometry_new_from_wkb:
 *
 * Parses ISO well-known binary (2D only).
 *
 * Returns: (transfer full): a new geometry, or %NULL with @error set
 */
PzGeometry *
pz_geometry_new_from_wkb (const guint8  *data,
                          gsize          length,
                          GError       **error)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (PzPoint));
  g_autoptr(GArray) ring_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  Reader r = { data, length, 0, TRUE, points, ring_starts };
  PzGeometryType type;
  PzGeometry *self;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!read_geometry (&r, &type, 0, error))
    return NULL;
  if (r.pos != length)
    {
      reader_fail (error, "trailing bytes");
      return NULL;
    }

  self = g_new0 (PzGeometry, 1);
  self->type = type;
  self->n_rings = ring_starts->len;
  g_array_append_val (ring_starts, points->len);
  self->n_points = points->len;
  /* Exact sizes: a GArray grows by doubling, and the base map's arrays
   * kept 45 % more than their points for the app's lifetime. */
  self->ring_starts = g_renew (guint, g_array_free (g_steal_pointer (&ring_starts), FALSE), self->n_rings + 1);
  self->points = g_renew (PzPoint, g_array_free (g_steal_pointer (&points), FALSE), MAX (self->n_points, 1));
  update_bounds (self);

  return self;
}

/**
 * pz_geometry_new_from_gpkg:
 *
 * Parses a GeoPackage binary geometry (GeoPackage 1.3, clause 2.1.3).
 *
 * Returns: (transfer full): a new geometry, or %NULL with @error set
 */
PzGeometry *
pz_geometry_new_from_gpkg (const guint8  *data,
                           gsize          length,
                           GError       **error)
{
  static const gsize envelope_sizes[] = { 0, 32, 48, 48, 64 };
  guint8 flags;
  guint envelope;
  gsize header;

  if (data == NULL || length < 8 || data[0] != 'G' || data[1] != 'P')
    {
      reader_fail (error, "missing GeoPackage header");
      return NULL;
    }
  if (data[2] != 0)
    {
      reader_fail (error, "unknown GeoPackage binary version");
      return NULL;
    }

  flags = data[3];
  if (flags & 0x20)
    {
      g_set_error_literal (error, PZ_GEOMETRY_ERROR, PZ_GEOMETRY_ERROR_UNSUPPORTED,
                           "Extended GeoPackage geometries are not supported");
      return NULL;
    }

  envelope = (flags >> 1) & 0x7;
  if (envelope >= G_N_ELEMENTS (envelope_sizes))
    {
      reader_fail (error, "bad envelope code");
      return NULL;
    }

  header = 8 + envelope_sizes[envelope];
  if (length < header)
    {
      reader_fail (error, "truncated envelope");
      return NULL;
    }

  return pz_geometry_new_from_wkb (data + header, length - header, error);
}

gboolean
pz_geometry_is_polygonal (const PzGeometry *self)
{
  return self->type == PZ_GEOMETRY_POLYGON || self->type == PZ_GEOMETRY_MULTIPOLYGON;
}

/**
 * pz_geometry_project_mercator:
 *
 * Converts longitude/latitude in place to Web Mercator in the unit square,
 * so drawing at any zoom is a multiply and a subtraction per point.
 */
void
pz_geometry_project_mercator (PzGeometry *self)
{
  for (guint i = 0; i < self->n_points; i++)
    {
      self->points[i].x = (float) pz_mercator_x (self->points[i].x);
      self->points[i].y = (float) pz_mercator_y (self->points[i].y);
    }
  update_bounds (self);
}

void
pz_geometry_free (PzGeometry *self)
{
  if (self == NULL)
    return;
  g_free (self->ring_starts);
  g_free (self->points);
  g_free (self);
}
