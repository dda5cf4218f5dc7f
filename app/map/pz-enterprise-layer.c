/* pz-enterprise-layer.c
 *
 * The imported enterprises over the provinces of the "imported" mode,
 * clustered: what pz_map_render() draws in exports, drawn on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-enterprise-layer"

#include "config.h"

#include "pz-enterprise-draw.h"
#include "pz-enterprise-layer.h"

struct _PzEnterpriseLayer
{
  PzOverlayLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (PzEnterpriseLayer, pz_enterprise_layer, PZ_TYPE_OVERLAY_LAYER)

static guint
pz_enterprise_layer_draw (PzOverlayLayer   *layer,
                          PzMapComposition *composition,
                          cairo_t          *cr,
                          const PzView     *view)
{
  PzEnterpriseClusters *clusters = pz_map_composition_get_enterprise_clusters (composition);
  const PzMapStyle *style = pz_map_composition_get_style (composition);
  double latitude, longitude;
  guint drawn;

  if (clusters == NULL)
    return 0;
  drawn = pz_draw_enterprise_clusters (cr, view, clusters, style);
  if (pz_map_composition_get_marked (composition, &latitude, &longitude))
    pz_draw_enterprise_mark (cr, view, latitude, longitude, style);
  return drawn;
}

static void
pz_enterprise_layer_class_init (PzEnterpriseLayerClass *klass)
{
  PZ_OVERLAY_LAYER_CLASS (klass)->draw = pz_enterprise_layer_draw;
}

static void
pz_enterprise_layer_init (PzEnterpriseLayer *self)
{
}

PzEnterpriseLayer *
pz_enterprise_layer_new (ShumateViewport *viewport)
{
  return g_object_new (PZ_TYPE_ENTERPRISE_LAYER, "viewport", viewport, NULL);
}

/**
 * pz_enterprise_layer_query:
 *
 * Returns: (transfer full) (element-type PzCluster): the clusters and
 *   single enterprises whose centre is in the layer's view now; empty
 *   when the map does not show them
 */
GArray *
pz_enterprise_layer_query (PzEnterpriseLayer *self)
{
  PzMapComposition *composition;
  PzEnterpriseClusters *clusters;
  PzView view;

  g_return_val_if_fail (PZ_IS_ENTERPRISE_LAYER (self), NULL);

  composition = pz_overlay_layer_get_composition (PZ_OVERLAY_LAYER (self));
  if (composition == NULL || !(clusters = pz_map_composition_get_enterprise_clusters (composition)))
    return g_array_new (FALSE, FALSE, sizeof (PzCluster));
  pz_overlay_layer_get_view (PZ_OVERLAY_LAYER (self), &view);
  return pz_enterprise_clusters_query (clusters, &view, 0);
}

/**
 * pz_enterprise_layer_cluster_at:
 * @cluster: (out): the bubble or dot at (@x, @y) in layer coordinates
 * @expansion_zoom: (out) (optional): the zoom at which it falls apart
 *
 * Returns: whether there is one
 */
gboolean
pz_enterprise_layer_cluster_at (PzEnterpriseLayer *self,
                                double             x,
                                double             y,
                                PzCluster         *cluster,
                                double            *expansion_zoom)
{
  PzMapComposition *composition;
  PzEnterpriseClusters *clusters;
  PzView view;

  g_return_val_if_fail (PZ_IS_ENTERPRISE_LAYER (self), FALSE);

  composition = pz_overlay_layer_get_composition (PZ_OVERLAY_LAYER (self));
  if (composition == NULL || !gtk_widget_get_visible (GTK_WIDGET (self)) ||
      !(clusters = pz_map_composition_get_enterprise_clusters (composition)))
    return FALSE;
  pz_overlay_layer_get_view (PZ_OVERLAY_LAYER (self), &view);
  if (!pz_enterprise_clusters_hit (clusters, &view, x, y, cluster))
    return FALSE;
  if (expansion_zoom != NULL)
    *expansion_zoom = pz_enterprise_clusters_expansion_zoom (clusters, cluster, view.zoom);
  return TRUE;
}
