/* pz-chart-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pz-chart.h"

G_BEGIN_DECLS

#define PZ_TYPE_CHART_VIEW (pz_chart_view_get_type())

G_DECLARE_FINAL_TYPE (PzChartView, pz_chart_view, PZ, CHART_VIEW, GtkWidget)

GtkWidget *pz_chart_view_new       (void);
PzChart   *pz_chart_view_get_chart (PzChartView *self);
void       pz_chart_view_set_chart (PzChartView *self,
                                    PzChart     *chart);

G_END_DECLS
