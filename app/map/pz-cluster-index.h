/* pz-cluster-index.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A cluster (or a single point) at one zoom level, in the Web Mercator
 * unit square. */
typedef struct
{
  double x;
  double y;
  guint  count;
  guint  first;   /* index of a point it contains, e.g. for its colour */
} PzCluster;

typedef struct _PzClusterIndex PzClusterIndex;

PzClusterIndex *pz_cluster_index_new      (const double   *xs,
                                           const double   *ys,
                                           guint           n_points,
                                           double          radius,
                                           guint           max_zoom);
GArray         *pz_cluster_index_query    (PzClusterIndex *self,
                                           double          zoom,
                                           double          min_x,
                                           double          min_y,
                                           double          max_x,
                                           double          max_y);
guint           pz_cluster_index_get_n_points (PzClusterIndex *self);
void            pz_cluster_index_free     (PzClusterIndex *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PzClusterIndex, pz_cluster_index_free)

G_END_DECLS
