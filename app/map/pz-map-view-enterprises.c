/* pz-map-view-enterprises.c
 *
 * The map view and the imported enterprises' bubbles: they follow the
 * user database, a click on a bubble zooms in until it falls apart, and
 * hovering one says how many enterprises it holds (a dot, which one).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-map-view"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-map-view-private.h"
#include "pz-projection.h"

/* Read once per change of the imports (the points are shared with
 * whoever else asks), indexed when first drawn. */
void
_pz_map_view_update_enterprises (PzMapView *self)
{
  g_autoptr(PzEnterprisePoints) points = NULL;

  if (self->user_database != NULL && self->database != NULL)
    points = pz_enterprise_points_get (self->user_database, pz_database_get_zones (self->database));
  pz_map_composition_set_enterprises (self->composition, points);
}

/**
 * pz_map_view_mark_enterprise:
 * @marked: whether to ring the company at (@latitude, @longitude), e.g.
 *   the one chosen in the company list
 */
void
pz_map_view_mark_enterprise (PzMapView *self,
                             gboolean   marked,
                             double     latitude,
                             double     longitude)
{
  g_return_if_fail (PZ_IS_MAP_VIEW (self));

  if (self->composition == NULL)
    return;
  pz_map_composition_set_marked (self->composition, marked, latitude, longitude);
  gtk_widget_queue_draw (GTK_WIDGET (self->enterprise_layer));
}

/* Whether a bubble or dot is at (@x, @y) in map coordinates. */
gboolean
_pz_map_view_enterprise_at (PzMapView *self,
                            double     x,
                            double     y)
{
  PzCluster cluster;

  return pz_enterprise_layer_cluster_at (self->enterprise_layer, x, y, &cluster, NULL);
}

/* A click on a bubble zooms in on it, just far enough that it falls apart. */
gboolean
_pz_map_view_enterprises_clicked (PzMapView *self,
                                  double     x,
                                  double     y)
{
  ShumateViewport *viewport = pz_map_view_get_viewport (self);
  PzCluster cluster;
  double zoom;

  if (!pz_enterprise_layer_cluster_at (self->enterprise_layer, x, y, &cluster, &zoom) || cluster.count < 2)
    return FALSE;
  zoom = MIN (zoom, shumate_viewport_get_max_zoom_level (viewport));
  pz_map_view_go_to (self, pz_mercator_latitude (cluster.y), pz_mercator_longitude (cluster.x),
                     MAX (zoom, shumate_viewport_get_zoom_level (viewport)));
  return TRUE;
}

/* Returns: (nullable): "N enterprises" over a bubble, the enterprise's
 * name and zone over a dot */
char *
_pz_map_view_enterprises_tooltip (PzMapView *self,
                                  double     x,
                                  double     y)
{
  PzEnterpriseClusters *clusters = pz_map_composition_get_enterprise_clusters (self->composition);
  PzCluster cluster;

  if (!pz_enterprise_layer_cluster_at (self->enterprise_layer, x, y, &cluster, NULL))
    return NULL;
  if (cluster.count == 1 && clusters != NULL && self->user_database != NULL)
    {
      guint n_points;
      const PzEnterprisePoint *points = pz_enterprise_points_get_data (pz_enterprise_clusters_get_points (clusters),
                                                                       &n_points);
      char *text = pz_user_database_describe_enterprise (self->user_database,
                                                         pz_database_get_zones (self->database),
                                                         cluster.first < n_points ? points[cluster.first].id : 0);

      if (text != NULL)
        return text;
    }
  /* Translators: map tooltip over a bubble (or a dot) of imported enterprises */
  return g_strdup_printf (ngettext ("%u enterprise", "%u enterprises", cluster.count), cluster.count);
}
