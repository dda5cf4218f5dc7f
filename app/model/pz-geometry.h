/* pz-geometry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PZ_GEOMETRY_ERROR (pz_geometry_error_quark ())

typedef enum
{
  PZ_GEOMETRY_ERROR_INVALID,
  PZ_GEOMETRY_ERROR_UNSUPPORTED,
} PzGeometryError;

typedef enum
{
  PZ_GEOMETRY_POINT = 1,
  PZ_GEOMETRY_LINESTRING = 2,
  PZ_GEOMETRY_POLYGON = 3,
  PZ_GEOMETRY_MULTIPOINT = 4,
  PZ_GEOMETRY_MULTILINESTRING = 5,
  PZ_GEOMETRY_MULTIPOLYGON = 6,
} PzGeometryType;

/* Single precision: the base map's 230,000 points take 1.8 MiB instead
 * of 3.5. A float's step is under 3 m in the unit square where China lies
 * and under 1 m in degrees, far below the 1:10m source data's accuracy;
 * equal input stays equal, so shared borders stay shared. */
typedef struct
{
  float x;
  float y;
} PzPoint;

/* A geometry flattened into rings: polygons draw all their rings with the
 * even-odd rule, lines draw each ring as an open path. Coordinates are
 * longitude/latitude until pz_geometry_project_mercator() is called. */
typedef struct
{
  PzGeometryType  type;
  guint           n_rings;
  guint          *ring_starts;  /* n_rings + 1 offsets into points */
  guint           n_points;
  PzPoint        *points;
  double          min_x;
  double          min_y;
  double          max_x;
  double          max_y;
} PzGeometry;

GQuark      pz_geometry_error_quark         (void);
PzGeometry *pz_geometry_new_from_gpkg       (const guint8  *data,
                                             gsize          length,
                                             GError       **error);
PzGeometry *pz_geometry_new_from_wkb        (const guint8  *data,
                                             gsize          length,
                                             GError       **error);
gboolean    pz_geometry_is_polygonal        (const PzGeometry *self);
void        pz_geometry_project_mercator    (PzGeometry    *self);
void        pz_geometry_free                (PzGeometry    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PzGeometry, pz_geometry_free)

G_END_DECLS
