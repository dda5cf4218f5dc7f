/* pz-basemap.c
 *
 * The offline base map's geometry: land, country borders and China's
 * provinces from the bundled GeoPackage, in the Web Mercator unit square.
 * Map tiles are drawn from it in worker threads, so a basemap is immutable
 * once loaded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-basemap"

#include "config.h"

#include "pz-basemap.h"
#include "pz-locale.h"
#include "pz-projection.h"

struct _PzBasemap
{
  GObject    parent_instance;

  GPtrArray *layers[PZ_BASEMAP_N_LAYERS];
  GHashTable *city_ranks;  /* Chinese name → rank, for zone labels */
};

G_DEFINE_FINAL_TYPE (PzBasemap, pz_basemap, G_TYPE_OBJECT)

static void
shape_free (gpointer data)
{
  PzBasemapShape *shape = data;

  pz_geometry_free (shape->geometry);
  g_free (shape->code);
  g_free (shape->name_zh);
  g_free (shape->name_en);
  g_free (shape);
}

static void
pz_basemap_finalize (GObject *object)
{
  PzBasemap *self = (PzBasemap *)object;

  for (guint i = 0; i < PZ_BASEMAP_N_LAYERS; i++)
    g_clear_pointer (&self->layers[i], g_ptr_array_unref);
  g_clear_pointer (&self->city_ranks, g_hash_table_unref);

  G_OBJECT_CLASS (pz_basemap_parent_class)->finalize (object);
}

static void
pz_basemap_class_init (PzBasemapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pz_basemap_finalize;
}

static void
pz_basemap_init (PzBasemap *self)
{
  for (guint i = 0; i < PZ_BASEMAP_N_LAYERS; i++)
    self->layers[i] = g_ptr_array_new_with_free_func (shape_free);
  self->city_ranks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

PzBasemap *
pz_basemap_new (void)
{
  return g_object_new (PZ_TYPE_BASEMAP, NULL);
}

/**
 * pz_basemap_add:
 * @geometry: (transfer full): in longitude/latitude
 *
 * Adds a shape while loading. Not thread-safe: call before the basemap is
 * shared with a renderer.
 */
void
pz_basemap_add (PzBasemap      *self,
                PzBasemapLayer  layer,
                PzGeometry     *geometry,
                const char     *code,
                const char     *name_zh,
                const char     *name_en,
                double          label_latitude,
                double          label_longitude)
{
  PzBasemapShape *shape;

  g_return_if_fail (PZ_IS_BASEMAP (self));
  g_return_if_fail (layer < PZ_BASEMAP_N_LAYERS);
  g_return_if_fail (geometry != NULL);

  pz_geometry_project_mercator (geometry);

  shape = g_new0 (PzBasemapShape, 1);
  shape->geometry = geometry;
  shape->code = g_strdup (code);
  shape->name_zh = g_strdup (name_zh);
  shape->name_en = g_strdup (name_en);
  shape->label_x = pz_mercator_x (label_longitude);
  shape->label_y = pz_mercator_y (label_latitude);
  if (layer >= PZ_BASEMAP_RIVERS && code != NULL)
    shape->min_zoom = g_ascii_strtod (code, NULL);
  g_ptr_array_add (self->layers[layer], shape);

  if (layer == PZ_BASEMAP_CITIES && name_zh != NULL)
    {
      guint rank = g_strcmp0 (code, "municipality") == 0 ? 3 :
                   g_strcmp0 (code, "provincial_capital") == 0 ? 2 :
                   g_strcmp0 (code, "sar_or_taiwan_capital") == 0 ? 2 : 1;

      g_hash_table_replace (self->city_ranks, g_strdup (name_zh), GUINT_TO_POINTER (rank));
    }
}

/**
 * pz_basemap_get_city_rank:
 * @name_zh: a place's Chinese name, e.g. 杭州市
 *
 * Returns: 3 for a municipality, 2 for a provincial capital, 1 for another
 *   prefecture-level city, 0 for anything else
 */
guint
pz_basemap_get_city_rank (PzBasemap  *self,
                          const char *name_zh)
{
  g_return_val_if_fail (PZ_IS_BASEMAP (self), 0);

  return name_zh != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (self->city_ranks, name_zh)) : 0;
}

guint
pz_basemap_get_n_shapes (PzBasemap      *self,
                         PzBasemapLayer  layer)
{
  g_return_val_if_fail (PZ_IS_BASEMAP (self), 0);
  g_return_val_if_fail (layer < PZ_BASEMAP_N_LAYERS, 0);

  return self->layers[layer]->len;
}

/**
 * pz_basemap_find_province:
 *
 * Returns: (nullable): the province's shape
 */
const PzBasemapShape *
pz_basemap_find_province (PzBasemap  *self,
                          const char *code)
{
  GPtrArray *provinces = self->layers[PZ_BASEMAP_PROVINCES];

  for (guint i = 0; i < provinces->len && code != NULL; i++)
    {
      const PzBasemapShape *shape = g_ptr_array_index (provinces, i);

      if (g_strcmp0 (shape->code, code) == 0)
        return shape;
    }
  return NULL;
}

/**
 * pz_basemap_get_province_bounds:
 * @bounds: (out): south, west, north, east in degrees
 *
 * Returns: %TRUE if the province is known
 */
gboolean
pz_basemap_get_province_bounds (PzBasemap  *self,
                                const char *code,
                                double      bounds[4])
{
  const PzBasemapShape *shape;

  g_return_val_if_fail (PZ_IS_BASEMAP (self), FALSE);

  if (!(shape = pz_basemap_find_province (self, code)))
    return FALSE;

  bounds[0] = pz_mercator_latitude (shape->geometry->max_y);
  bounds[1] = pz_mercator_longitude (shape->geometry->min_x);
  bounds[2] = pz_mercator_latitude (shape->geometry->min_y);
  bounds[3] = pz_mercator_longitude (shape->geometry->max_x);
  return TRUE;
}

/* Even-odd ray casting over all rings, as the fill rule draws them. */
static gboolean
shape_contains (const PzBasemapShape *shape,
                double                ux,
                double                uy)
{
  const PzGeometry *g = shape->geometry;
  gboolean inside = FALSE;

  if (ux < g->min_x || ux > g->max_x || uy < g->min_y || uy > g->max_y)
    return FALSE;

  for (guint r = 0; r < g->n_rings; r++)
    for (guint i = g->ring_starts[r], j = g->ring_starts[r + 1] - 1; i < g->ring_starts[r + 1]; j = i++)
      {
        const PzPoint *a = &g->points[i], *b = &g->points[j];

        if ((a->y > uy) != (b->y > uy) &&
            ux < (b->x - a->x) * (uy - a->y) / (b->y - a->y) + a->x)
          inside = !inside;
      }

  return inside;
}

/**
 * pz_basemap_get_province_name:
 *
 * Returns: (nullable): the name of the province in the UI language
 */
const char *
pz_basemap_get_province_name (PzBasemap  *self,
                              const char *code)
{
  const PzBasemapShape *shape;

  g_return_val_if_fail (PZ_IS_BASEMAP (self), NULL);

  shape = pz_basemap_find_province (self, code);
  return shape != NULL ? pz_locale_pick (shape->name_zh, shape->name_en) : NULL;
}


/**
 * pz_basemap_province_at_unit:
 * @ux: x in the Web Mercator unit square
 *
 * Returns: (nullable): the code of the province at (@ux, @uy)
 */
const char *
pz_basemap_province_at_unit (PzBasemap *self,
                             double     ux,
                             double     uy)
{
  GPtrArray *provinces;

  g_return_val_if_fail (PZ_IS_BASEMAP (self), NULL);

  provinces = self->layers[PZ_BASEMAP_PROVINCES];
  for (guint i = 0; i < provinces->len; i++)
    {
      const PzBasemapShape *shape = g_ptr_array_index (provinces, i);

      if (shape->code != NULL && shape_contains (shape, ux, uy))
        return shape->code;
    }
  return NULL;
}

/**
 * pz_basemap_get_shape:
 *
 * Returns: (transfer none): shape @index of @layer, for drawing
 */
const PzBasemapShape *
pz_basemap_get_shape (PzBasemap      *self,
                      PzBasemapLayer  layer,
                      guint           index)
{
  g_return_val_if_fail (PZ_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (layer < PZ_BASEMAP_N_LAYERS, NULL);
  g_return_val_if_fail (index < self->layers[layer]->len, NULL);

  return g_ptr_array_index (self->layers[layer], index);
}

/**
 * pz_basemap_layer_query:
 *
 * The database reads the layers of China's map conventions with these
 * queries; their columns are those of pz_basemap_add().
 *
 * Returns: (nullable): the SQL that selects @layer's shapes
 */
const char *
pz_basemap_layer_query (PzBasemapLayer layer)
{
  switch (layer)
    {
    case PZ_BASEMAP_CLAIMS:
      /* Those China administers are China's in Natural Earth's outline too. */
      return "SELECT geom, NULL, NULL, name_en, 0, 0 FROM claims WHERE sovereignt <> 'China'";
    case PZ_BASEMAP_SEA_LINE:
      return "SELECT geom, NULL, NULL, NULL, 0, 0 FROM sea_line";
    case PZ_BASEMAP_SEA_ISLANDS:
      return "SELECT geom, NULL, NULL, NULL, 0, 0 FROM sea_islands";
    case PZ_BASEMAP_RIVERS:
      return "SELECT geom, CAST(min_zoom AS TEXT), name, name_en, 0, 0 FROM rivers";
    case PZ_BASEMAP_LAKES:
      return "SELECT geom, CAST(min_zoom AS TEXT), name, name, 0, 0 FROM lakes";
    case PZ_BASEMAP_URBAN:
      return "SELECT geom, CAST(min_zoom AS TEXT), NULL, NULL, 0, 0 FROM urban_areas";
    case PZ_BASEMAP_CITIES:
      return "SELECT geom, kind, name_zh, name_en, 0, 0 FROM cities";
    case PZ_BASEMAP_LAND_COARSE:
    case PZ_BASEMAP_LAND_FINE:
    case PZ_BASEMAP_BORDERS_COARSE:
    case PZ_BASEMAP_BORDERS_FINE:
    case PZ_BASEMAP_PROVINCES:
    case PZ_BASEMAP_N_LAYERS:
    default:
      return NULL;
    }
}

const char *
pz_boundaries_to_string (PzBoundaries boundaries)
{
  return boundaries == PZ_BOUNDARIES_DE_FACTO ? "de-facto" : "china";
}

gboolean
pz_boundaries_from_string (const char   *text,
                           PzBoundaries *boundaries)
{
  if (g_strcmp0 (text, "china") == 0)
    *boundaries = PZ_BOUNDARIES_CHINA;
  else if (g_strcmp0 (text, "de-facto") == 0)
    *boundaries = PZ_BOUNDARIES_DE_FACTO;
  else
    return FALSE;
  return TRUE;
}
