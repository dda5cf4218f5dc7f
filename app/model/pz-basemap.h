/* pz-basemap.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pz-geometry.h"

G_BEGIN_DECLS

typedef enum
{
  PZ_BASEMAP_LAND_COARSE,
  PZ_BASEMAP_LAND_FINE,
  PZ_BASEMAP_BORDERS_COARSE,
  PZ_BASEMAP_BORDERS_FINE,
  PZ_BASEMAP_PROVINCES,
  /* China's map conventions */
  PZ_BASEMAP_CLAIMS,       /* areas China claims beyond Natural Earth's outline */
  PZ_BASEMAP_SEA_LINE,     /* the dashed line in the South China Sea */
  PZ_BASEMAP_SEA_ISLANDS,  /* small islands and reefs of the South China Sea */
  PZ_BASEMAP_CITIES,       /* prefecture-level cities; code: their kind */
  /* context; code: the zoom from which a shape is drawn */
  PZ_BASEMAP_RIVERS,
  PZ_BASEMAP_LAKES,
  PZ_BASEMAP_URBAN,
  PZ_BASEMAP_N_LAYERS
} PzBasemapLayer;

#define PZ_BASEMAP_FIRST_CONVENTION PZ_BASEMAP_CLAIMS
#define PZ_BASEMAP_TAIWAN_CODE "710000"

/* Which outline of China the map draws: as maps published in China do
 * (the default), or Natural Earth's de facto view. */
typedef enum
{
  PZ_BOUNDARIES_CHINA,
  PZ_BOUNDARIES_DE_FACTO,
} PzBoundaries;

const char *pz_boundaries_to_string   (PzBoundaries  boundaries);
gboolean    pz_boundaries_from_string (const char   *text,
                                       PzBoundaries *boundaries);

/* One shape of a layer, read-only once loaded. */
typedef struct
{
  PzGeometry *geometry;  /* Web Mercator unit square */
  char       *code;      /* province adcode, or NULL */
  char       *name_zh;
  char       *name_en;
  double      label_x;   /* unit square */
  double      label_y;
  double      min_zoom;  /* context layers: drawn from this zoom */
} PzBasemapShape;

#define PZ_TYPE_BASEMAP (pz_basemap_get_type())

G_DECLARE_FINAL_TYPE (PzBasemap, pz_basemap, PZ, BASEMAP, GObject)

PzBasemap            *pz_basemap_new                 (void);
void                  pz_basemap_add                 (PzBasemap      *self,
                                                      PzBasemapLayer  layer,
                                                      PzGeometry     *geometry,
                                                      const char     *code,
                                                      const char     *name_zh,
                                                      const char     *name_en,
                                                      double          label_latitude,
                                                      double          label_longitude);
guint                 pz_basemap_get_n_shapes        (PzBasemap      *self,
                                                      PzBasemapLayer  layer);
const PzBasemapShape *pz_basemap_get_shape           (PzBasemap      *self,
                                                      PzBasemapLayer  layer,
                                                      guint           index);
const PzBasemapShape *pz_basemap_find_province       (PzBasemap      *self,
                                                      const char     *code);
gboolean              pz_basemap_get_province_bounds (PzBasemap      *self,
                                                      const char     *code,
                                                      double          bounds[4]);
const char           *pz_basemap_get_province_name   (PzBasemap      *self,
                                                      const char     *code);
const char           *pz_basemap_province_at_unit    (PzBasemap      *self,
                                                      double          ux,
                                                      double          uy);
const char           *pz_basemap_layer_query         (PzBasemapLayer  layer);
guint                 pz_basemap_get_city_rank       (PzBasemap      *self,
                                                      const char     *name_zh);

G_END_DECLS
