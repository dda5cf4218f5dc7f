/* pz-cluster-index.c
 *
 * Hierarchical greedy clustering of points, built once per data change:
 * for every integer zoom from @max_zoom down to 0, the points (or the
 * clusters of the zoom below) within @radius pixels of each other are
 * merged into one at their weighted centre. Each level is sorted by x, so
 * both clustering and queries scan only a strip of x. The scheme is that
 * of Mapbox's supercluster, written for our data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-cluster-index"

#include "config.h"

#include <math.h>

#include "pz-cluster-index.h"
#include "pz-projection.h"

struct _PzClusterIndex
{
  guint   n_points;
  guint   max_zoom;
  GArray *levels[32];  /* of PzCluster, sorted by x; levels[max_zoom + 1] = points */
};

static int
compare_x (gconstpointer a,
           gconstpointer b)
{
  double x = ((const PzCluster *) a)->x, y = ((const PzCluster *) b)->x;

  return (x > y) - (x < y);
}

/* Clusters @nodes (sorted by x) for a zoom where @radius is the merge
 * distance in unit coordinates. Scanning forward suffices: an untaken
 * node before i within reach would have taken i when it was visited. */
static GArray *
cluster_level (GArray *nodes,
               double  radius)
{
  g_autofree gboolean *taken = g_new0 (gboolean, nodes->len);
  GArray *clusters = g_array_sized_new (FALSE, FALSE, sizeof (PzCluster), nodes->len / 2 + 1);
  double r2 = radius * radius;

  for (guint i = 0; i < nodes->len; i++)
    {
      PzCluster *node = &g_array_index (nodes, PzCluster, i);
      PzCluster cluster = *node;
      double wx = node->x * node->count, wy = node->y * node->count;

      if (taken[i])
        continue;
      taken[i] = TRUE;

      for (guint j = i + 1; j < nodes->len; j++)
        {
          PzCluster *other = &g_array_index (nodes, PzCluster, j);
          double dx = other->x - node->x, dy = other->y - node->y;

          if (dx > radius)
            break;
          if (taken[j] || dx * dx + dy * dy > r2)
            continue;
          taken[j] = TRUE;
          wx += other->x * other->count;
          wy += other->y * other->count;
          cluster.count += other->count;
        }

      cluster.x = wx / cluster.count;
      cluster.y = wy / cluster.count;
      g_array_append_val (clusters, cluster);
    }

  g_array_sort (clusters, compare_x);
  return clusters;
}

/**
 * pz_cluster_index_new:
 * @xs: (array length=n_points): unit-square x of each point
 * @ys: (array length=n_points): unit-square y of each point
 * @radius: merge distance in pixels of a 256-pixel tile
 * @max_zoom: the highest zoom at which points are clustered
 */
PzClusterIndex *
pz_cluster_index_new (const double *xs,
                      const double *ys,
                      guint         n_points,
                      double        radius,
                      guint         max_zoom)
{
  PzClusterIndex *self = g_new0 (PzClusterIndex, 1);
  GArray *points = g_array_sized_new (FALSE, FALSE, sizeof (PzCluster), n_points);

  g_return_val_if_fail (max_zoom < G_N_ELEMENTS (self->levels) - 1, NULL);

  self->n_points = n_points;
  self->max_zoom = max_zoom;
  for (guint i = 0; i < n_points; i++)
    {
      PzCluster point = { xs[i], ys[i], 1, i };

      g_array_append_val (points, point);
    }

  g_array_sort (points, compare_x);
  self->levels[max_zoom + 1] = points;
  for (int z = (int) max_zoom; z >= 0; z--)
    self->levels[z] = cluster_level (self->levels[z + 1], radius / pz_world_size (z));

  return self;
}

/**
 * pz_cluster_index_query:
 *
 * Returns: (transfer full) (element-type PzCluster): the clusters of the
 *   zoom level for @zoom inside the box (unit square)
 */
GArray *
pz_cluster_index_query (PzClusterIndex *self,
                        double          zoom,
                        double          min_x,
                        double          min_y,
                        double          max_x,
                        double          max_y)
{
  guint level = (guint) CLAMP (floor (zoom), 0, self->max_zoom + 1);
  GArray *nodes = self->levels[level];
  GArray *found = g_array_new (FALSE, FALSE, sizeof (PzCluster));
  guint lo = 0, hi = nodes->len;

  /* The first node with x >= min_x. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (nodes, PzCluster, mid).x < min_x)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (guint i = lo; i < nodes->len; i++)
    {
      PzCluster *node = &g_array_index (nodes, PzCluster, i);

      if (node->x > max_x)
        break;
      if (node->y >= min_y && node->y <= max_y)
        g_array_append_val (found, *node);
    }
  return found;
}

guint
pz_cluster_index_get_n_points (PzClusterIndex *self)
{
  return self->n_points;
}

void
pz_cluster_index_free (PzClusterIndex *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (self->levels); i++)
    g_clear_pointer (&self->levels[i], g_array_unref);
  g_free (self);
}
