/* pz-legend.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pz-choropleth.h"
#include "pz-map-style.h"

G_BEGIN_DECLS

#define PZ_TYPE_LEGEND (pz_legend_get_type())

G_DECLARE_FINAL_TYPE (PzLegend, pz_legend, PZ, LEGEND, GtkWidget)

GtkWidget *pz_legend_new       (void);
void       pz_legend_set_batches (PzLegend         *self,
                                  GListModel       *batches);
void       pz_legend_set_choropleth (PzLegend      *self,
                                     PzChoropleth  *choropleth);
void       pz_legend_set_style   (PzLegend         *self,
                                  const PzMapStyle *style);
void       pz_legend_set_parks   (PzLegend         *self,
                                  gboolean          parks);
gboolean   pz_legend_get_compact (PzLegend         *self);
void       pz_legend_set_compact (PzLegend         *self,
                                  gboolean          compact);

G_END_DECLS
