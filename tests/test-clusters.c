/* test-clusters.c
 *
 * The cluster index: nothing is lost or counted twice at any zoom, near
 * points merge, far ones do not, and queries keep to their box.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pz-cluster-index.h"
#include "pz-projection.h"

#define N 100000

static void
random_points (double *xs,
               double *ys,
               guint   n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  /* Points over China, denser in the east, as enterprises would be. */
  for (guint i = 0; i < n; i++)
    {
      double lon = g_rand_double_range (rand, 75, 135);
      double lat = g_rand_double_range (rand, 18, 53);

      if (i % 2 == 0)
        lon = g_rand_double_range (rand, 110, 122), lat = g_rand_double_range (rand, 22, 40);
      xs[i] = pz_mercator_x (lon);
      ys[i] = pz_mercator_y (lat);
    }
}

static void
test_clusters_conserve_points (void)
{
  g_autofree double *xs = g_new (double, N);
  g_autofree double *ys = g_new (double, N);
  g_autoptr(PzClusterIndex) index = NULL;
  guint previous = 0;

  random_points (xs, ys, N);
  index = pz_cluster_index_new (xs, ys, N, 40, 16);
  g_assert_cmpuint (pz_cluster_index_get_n_points (index), ==, N);

  for (guint z = 0; z <= 17; z++)
    {
      g_autoptr(GArray) all = pz_cluster_index_query (index, z, 0, 0, 1, 1);
      guint total = 0;

      for (guint i = 0; i < all->len; i++)
        total += g_array_index (all, PzCluster, i).count;
      g_assert_cmpuint (total, ==, N);
      /* Zooming in never merges more. */
      g_assert_cmpuint (all->len, >=, previous);
      previous = all->len;
    }

  /* At zoom 17 every point stands alone; at zoom 0 a handful remain. */
  g_assert_cmpuint (previous, ==, N);
  {
    g_autoptr(GArray) world = pz_cluster_index_query (index, 0, 0, 0, 1, 1);

    g_assert_cmpuint (world->len, <, 20);
  }
}

static void
test_clusters_near_and_far (void)
{
  double xs[3] = { pz_mercator_x (120.0), pz_mercator_x (120.001), pz_mercator_x (80.0) };
  double ys[3] = { pz_mercator_y (30.0), pz_mercator_y (30.001), pz_mercator_y (40.0) };
  g_autoptr(PzClusterIndex) index = pz_cluster_index_new (xs, ys, 3, 40, 16);
  g_autoptr(GArray) low = pz_cluster_index_query (index, 5, 0, 0, 1, 1);
  g_autoptr(GArray) east = pz_cluster_index_query (index, 5, pz_mercator_x (110), pz_mercator_y (35),
                                                   pz_mercator_x (125), pz_mercator_y (25));

  /* 100 m apart merge at zoom 5; 4000 km apart do not. */
  g_assert_cmpuint (low->len, ==, 2);
  g_assert_cmpuint (east->len, ==, 1);
  g_assert_cmpuint (g_array_index (east, PzCluster, 0).count, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clusters/conserve-points", test_clusters_conserve_points);
  g_test_add_func ("/clusters/near-and-far", test_clusters_near_and_far);

  return g_test_run ();
}
