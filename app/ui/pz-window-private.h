/* pz-window-private.h
 *
 * The window's state, shared by its files (the window and its actions).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-filter-panel.h"
#include "pz-stats-view.h"
#include "pz-table-view.h"
#include "pz-timeline-bar.h"
#include "pz-window.h"
#include "pz-zone-list.h"
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
  PzUserDatabase       *user_database;
  GtkWidget            *batch_panel;
  GtkWidget            *province_panel;
  char                 *shown_provinces;

  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *window_title;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  AdwFlap              *flap;
  GtkSearchEntry       *search_entry;
  AdwViewStack         *sidebar_stack;
  PzZoneList           *zone_list;
  GtkBox               *batch_page;
  GtkBox               *province_page;
  GtkDropDown          *province_sort;
  GtkLabel             *status_label;
  AdwViewStack         *main_stack;
  PzMapView            *map_view;
  PzTimelineBar        *timeline_bar;
  AdwFlap              *details_flap;
  PzZoneDetails        *details;
  PzStatsView          *stats_view;
  PzTableView          *table_view;
};

void _pz_window_class_init_actions (GtkWidgetClass *widget_class);
void _pz_window_copy_link_action   (GtkWidget      *widget,
                                    const char     *action_name,
                                    GVariant       *parameter);
void _pz_window_follow_timeline    (PzWindow       *self);
void _pz_window_compare_action     (GtkWidget      *widget,
                                    const char     *action_name,
                                    GVariant       *parameter);
void _pz_window_compare_toggle_action (GtkWidget   *widget,
                                       const char  *action_name,
                                       GVariant    *parameter);
void _pz_window_compare_ticked_action (GtkWidget   *widget,
                                       const char  *action_name,
                                       GVariant    *parameter);
void _pz_window_init_compare       (PzWindow       *self);
void _pz_window_page_shown         (GtkWidget      *page,
                                    PzWindow       *self);

G_END_DECLS
