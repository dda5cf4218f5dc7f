/* pz-timeline-bar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PZ_TYPE_TIMELINE_BAR (pz_timeline_bar_get_type())

G_DECLARE_FINAL_TYPE (PzTimelineBar, pz_timeline_bar, PZ, TIMELINE_BAR, GtkWidget)

void        pz_timeline_bar_set_zones     (PzTimelineBar *self,
                                           GListModel    *all,
                                           GListModel    *shown);
gboolean    pz_timeline_bar_get_active    (PzTimelineBar *self);
void        pz_timeline_bar_set_active    (PzTimelineBar *self,
                                           gboolean       active);
const char *pz_timeline_bar_get_date      (PzTimelineBar *self);
guint       pz_timeline_bar_get_n_steps   (PzTimelineBar *self);
const char *pz_timeline_bar_get_step_date (PzTimelineBar *self,
                                           guint          step);
void        pz_timeline_bar_set_step      (PzTimelineBar *self,
                                           guint          step);

G_END_DECLS
