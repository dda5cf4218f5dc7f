/* pz-filter-panel.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pz-database.h"
#include "pz-user-database.h"
#include "pz-zone-filter.h"

G_BEGIN_DECLS

typedef enum
{
  PZ_FILTER_PANEL_BATCHES,
  PZ_FILTER_PANEL_PROVINCES,
} PzFilterPanelKind;

#define PZ_TYPE_FILTER_PANEL (pz_filter_panel_get_type())

G_DECLARE_FINAL_TYPE (PzFilterPanel, pz_filter_panel, PZ, FILTER_PANEL, GtkWidget)

GtkWidget  *pz_filter_panel_new        (PzFilterPanelKind  kind,
                                        PzDatabase        *database,
                                        PzZoneFilter      *filter);
GListModel *pz_filter_panel_get_facets (PzFilterPanel     *self);
void        pz_filter_panel_set_user_database (PzFilterPanel  *self,
                                               PzUserDatabase *user_database);
void        pz_filter_panel_set_sort_by_count (PzFilterPanel *self,
                                               gboolean       by_count);

G_END_DECLS
