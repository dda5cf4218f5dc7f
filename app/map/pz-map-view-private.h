/* pz-map-view-private.h
 *
 * The map view's state, shared by its files (the view and its framing).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-enterprise-layer.h"
#include "pz-map-view.h"
#include "pz-sea-inset-layer.h"

G_BEGIN_DECLS

struct _PzMapView
{
  GtkWidget         parent_instance;

  PzDatabase       *database;
  PzUserDatabase   *user_database;
  PzMapComposition *composition;
  char             *basemap;      /* "offline" or "openstreetmap" */
  PzBoundaries      boundaries;

  PzProvinceLayer  *province_layer;
  PzParkLayer      *park_layer;
  PzZoneLayer      *zone_layer;
  PzSeaInsetLayer  *sea_inset_layer;
  PzEnterpriseLayer *enterprise_layer;

  guint             fit_tick;
  int               fit_width;
  int               fit_height;
  guint             fit_stable_frames;
  gboolean          first_frame_reported;
  double            press_x;      /* where the pointer's button went down */
  double            press_y;
  gboolean          map_small;    /* below the legend's threshold */
  gboolean          map_small_applied;
  int               laid_out_width;   /* the overlay's, when last laid out */
  int               laid_out_height;
  guint             legend_idle;

  GtkOverlay       *overlay;
  ShumateSimpleMap *map;
  PzLegend         *legend;
  GtkWidget        *empty_banner;
  GCancellable     *online_check;
};

GtkWidget *_pz_map_view_get_map_widget     (PzMapView *self);
void       _pz_map_view_report_first_frame (PzMapView *self);
void       _pz_map_view_init_pointer       (PzMapView *self);
void       _pz_map_view_class_init_keys    (GtkWidgetClass *widget_class);
void       _pz_map_view_init_keys          (PzMapView *self);
void       _pz_map_view_update_enterprises (PzMapView *self);
gboolean   _pz_map_view_enterprise_at      (PzMapView *self,
                                            double     x,
                                            double     y);
gboolean   _pz_map_view_enterprises_clicked (PzMapView *self,
                                             double     x,
                                             double     y);
char      *_pz_map_view_enterprises_tooltip (PzMapView *self,
                                             double     x,
                                             double     y);

G_END_DECLS
