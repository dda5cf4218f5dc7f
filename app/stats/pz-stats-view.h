/* pz-stats-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pz-database.h"

G_BEGIN_DECLS

#define PZ_TYPE_STATS_VIEW (pz_stats_view_get_type())

G_DECLARE_FINAL_TYPE (PzStatsView, pz_stats_view, PZ, STATS_VIEW, GtkWidget)

void pz_stats_view_set_data (PzStatsView *self,
                             PzDatabase  *database,
                             GListModel  *zones);

G_END_DECLS
