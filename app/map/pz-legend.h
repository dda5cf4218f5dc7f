/* pz-legend.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pz-map-composition.h"

G_BEGIN_DECLS

#define PZ_TYPE_LEGEND (pz_legend_get_type())

G_DECLARE_FINAL_TYPE (PzLegend, pz_legend, PZ, LEGEND, GtkWidget)

GtkWidget *pz_legend_new             (void);
void       pz_legend_set_composition (PzLegend         *self,
                                      PzMapComposition *composition);
gboolean   pz_legend_get_compact     (PzLegend         *self);
void       pz_legend_set_compact     (PzLegend         *self,
                                      gboolean          compact);

G_END_DECLS
