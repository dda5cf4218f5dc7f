/* pz-window-private.h
 *
 * The window's state, shared by its files (actions, map) and visible to
 * tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "pz-filter-panel.h"
#include "pz-legend.h"
#include "pz-map-layer.h"
#include "pz-stats-view.h"
#include "pz-window.h"
#include "pz-zone-details.h"
#include "pz-zone-filter.h"

G_BEGIN_DECLS

struct _PzWindow
{
  AdwApplicationWindow  parent_instance;

  PzDatabase           *database;
  GSettings            *settings;  /* NULL where the schema is not installed */
  PzZoneFilter         *filter;
  GtkFilterListModel   *filtered;
  GtkSingleSelection   *selection;
  PzMapLayer           *zone_layer;
  PzMapLayer           *park_layer;
  PzUserDatabase       *user_database;
  gboolean              show_parks;
  PzMapLayer           *province_layer;
  GtkWidget            *batch_panel;
  GtkWidget            *province_panel;
  char                 *map_mode;
  char                 *basemap;   /* "offline" or "openstreetmap" */
  char                 *shown_provinces;
  GPtrArray            *timeline_dates;
  gboolean              timeline;
  guint                 play_source;
  guint                 fit_tick;
  int                   fit_width;
  int                   fit_height;
  guint                 fit_stable_frames;
  gboolean              first_frame_reported;

  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *window_title;
  AdwFlap              *flap;
  GtkSearchEntry       *search_entry;
  AdwViewStack         *sidebar_stack;
  GtkListView          *zone_list;
  GtkBox               *batch_page;
  GtkBox               *province_page;
  GtkDropDown          *province_sort;
  GtkLabel             *status_label;
  AdwViewStack         *main_stack;
  ShumateSimpleMap     *map;
  PzLegend             *legend;
  gboolean              map_small;      /* the map is below the legend's threshold */
  gboolean              map_small_applied;
  guint                 legend_idle;
  GtkAdjustment        *timeline_adjustment;
  GtkScale             *timeline_scale;
  GtkLabel             *timeline_label;
  GtkButton            *play_button;
  AdwFlap              *details_flap;
  PzZoneDetails        *details;
  PzStatsView          *stats_view;
};

void           _pz_window_class_init_actions (GtkWidgetClass *widget_class);
void           _pz_window_zoom_to_bounds     (PzWindow       *self,
                                              const double    bounds[4]);
void           _pz_window_zoom_to_all        (PzWindow       *self);
void           _pz_window_update_map_mode    (PzWindow       *self);
void           _pz_window_update_timeline    (PzWindow       *self);
void           _pz_window_stop_playing       (PzWindow       *self);
void           _pz_window_show_toast         (PzWindow       *self,
                                              const char     *file_name);

PzMapLayer    *_pz_window_get_zone_layer     (PzWindow       *self);
PzMapLayer    *_pz_window_get_park_layer     (PzWindow       *self);
PzZoneDetails *_pz_window_get_details        (PzWindow       *self);
PzZone        *_pz_window_get_selected       (PzWindow       *self);

G_END_DECLS
