/* pz-stats.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-chart.h"
#include "pz-database.h"

G_BEGIN_DECLS

PzChart *pz_stats_zones_per_batch (GListModel *zones);
PzChart *pz_stats_zones_over_time (GListModel *zones);
PzChart *pz_stats_top_provinces   (GListModel *zones,
                                   guint       n);
PzChart *pz_stats_national_series (PzDatabase *database,
                                   const char *indicator,
                                   const char *title);

G_END_DECLS
