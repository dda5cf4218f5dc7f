/* pz-enterprise-draw.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "pz-cluster-index.h"
#include "pz-legend-draw.h"
#include "pz-map-style.h"
#include "pz-user-enterprises.h"
#include "pz-view.h"

G_BEGIN_DECLS

/* Clusters are merged within this many pixels, up to this zoom. */
#define PZ_ENTERPRISE_CLUSTER_RADIUS   50.0
#define PZ_ENTERPRISE_CLUSTER_MAX_ZOOM 16

/* The imported enterprises' points and their cluster index: built once
 * per change of the imports, shared by the screen and every export. */
typedef struct _PzEnterpriseClusters PzEnterpriseClusters;

PzEnterpriseClusters *pz_enterprise_clusters_new    (PzEnterprisePoints   *points);
PzEnterpriseClusters *pz_enterprise_clusters_ref    (PzEnterpriseClusters *self);
void                  pz_enterprise_clusters_unref  (PzEnterpriseClusters *self);
PzEnterprisePoints   *pz_enterprise_clusters_get_points (PzEnterpriseClusters *self);
GArray               *pz_enterprise_clusters_query  (PzEnterpriseClusters *self,
                                                     const PzView         *view,
                                                     double                margin);
gboolean              pz_enterprise_clusters_hit    (PzEnterpriseClusters *self,
                                                     const PzView         *view,
                                                     double                x,
                                                     double                y,
                                                     PzCluster            *cluster);
double                pz_enterprise_clusters_expansion_zoom (PzEnterpriseClusters *self,
                                                             const PzCluster      *cluster,
                                                             double                zoom);
guint                 pz_draw_enterprise_clusters   (cairo_t              *cr,
                                                     const PzView         *view,
                                                     PzEnterpriseClusters *self,
                                                     const PzMapStyle     *style);

void                  pz_draw_enterprise_mark       (cairo_t              *cr,
                                                     const PzView         *view,
                                                     double                latitude,
                                                     double                longitude,
                                                     const PzMapStyle     *style);

/* A legend that adds the bubble and the two dots under another's rows. */
typedef struct
{
  PzLegendSpec inner;
} PzEnterpriseLegend;

void pz_enterprise_legend_wrap (PzEnterpriseLegend *legend,
                                PzLegendSpec       *spec);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PzEnterpriseClusters, pz_enterprise_clusters_unref)

G_END_DECLS
