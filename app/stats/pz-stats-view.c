/* pz-stats-view.c
 *
 * The statistics page: charts of the zones the filter shows, and the
 * national figures with their year and source ("No data" where none).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-stats-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pz-chart-view.h"
#include "pz-figure-row.h"
#include "pz-stats-view.h"
#include "pz-stats.h"

enum {
  CHART_BATCHES,
  CHART_OVER_TIME,
  CHART_PROVINCES,
  CHART_TRADE,
  N_CHARTS
};

/* The national figures the planners ask for, in the order shown. */
static const char * const figures[] = {
  "linked_enterprises",
  "platform_enterprises",
  "zone_trade_share",
  "cbec_enterprises",
  "parks",
  "jobs",
  "overseas_warehouses",
};

struct _PzStatsView
{
  GtkWidget   parent_instance;

  PzDatabase *database;
  GListModel *zones;
  GtkWidget  *charts[N_CHARTS];
  AdwPreferencesGroup *figures_group;
  GtkWidget  *figure_rows[G_N_ELEMENTS (figures)];
};

G_DEFINE_FINAL_TYPE (PzStatsView, pz_stats_view, GTK_TYPE_WIDGET)

/* One row per national figure: the latest value, opening onto every
 * year with its source. */
static void
update_figures (PzStatsView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_autoptr(GListModel) rows = pz_database_find_indicators (self->database, "CN", figures[i]);

      if (self->figure_rows[i] != NULL)
        adw_preferences_group_remove (self->figures_group, self->figure_rows[i]);
      self->figure_rows[i] = pz_figures_row_new (self->database, rows, pz_indicator_label_for (figures[i], "national"));
      adw_preferences_group_add (self->figures_group, self->figure_rows[i]);
    }
}

static void
update_charts (PzStatsView *self)
{
  g_autoptr(PzChart) batches = pz_stats_zones_per_batch (self->zones);
  g_autoptr(PzChart) over_time = pz_stats_zones_over_time (self->zones);
  g_autoptr(PzChart) provinces = pz_stats_top_provinces (self->zones, 10);
  g_autoptr(PzChart) trade = pz_stats_national_series (self->database, "trade_value",
                                                       _("Cross-border e-commerce trade, China"));

  pz_chart_view_set_chart (PZ_CHART_VIEW (self->charts[CHART_BATCHES]), batches);
  pz_chart_view_set_chart (PZ_CHART_VIEW (self->charts[CHART_OVER_TIME]), over_time);
  pz_chart_view_set_chart (PZ_CHART_VIEW (self->charts[CHART_PROVINCES]), provinces);
  pz_chart_view_set_chart (PZ_CHART_VIEW (self->charts[CHART_TRADE]), trade);
  gtk_widget_set_visible (self->charts[CHART_TRADE], trade != NULL);
}

static void
pz_stats_view_dispose (GObject *object)
{
  PzStatsView *self = (PzStatsView *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->zones);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pz_stats_view_parent_class)->dispose (object);
}

static void
pz_stats_view_class_init (PzStatsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_stats_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pz_stats_view_init (PzStatsView *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *flow = gtk_flow_box_new ();
  GtkWidget *group = adw_preferences_group_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);
  for (guint i = 0; i < N_CHARTS; i++)
    {
      self->charts[i] = pz_chart_view_new ();
      gtk_widget_add_css_class (self->charts[i], "card");
      gtk_flow_box_append (GTK_FLOW_BOX (flow), self->charts[i]);
    }

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("National Figures"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Each figure with its year and source; “No data” where no source was found."));
  self->figures_group = ADW_PREFERENCES_GROUP (group);

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_box_append (GTK_BOX (box), flow);
  gtk_box_append (GTK_BOX (box), group);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_widget_set_parent (scrolled, GTK_WIDGET (self));
}

/**
 * pz_stats_view_set_data:
 * @zones: the zones to chart; the charts follow its changes
 */
void
pz_stats_view_set_data (PzStatsView *self,
                        PzDatabase  *database,
                        GListModel  *zones)
{
  g_return_if_fail (PZ_IS_STATS_VIEW (self));

  g_set_object (&self->database, database);
  if (self->zones != NULL)
    g_signal_handlers_disconnect_by_data (self->zones, self);
  g_set_object (&self->zones, zones);
  g_signal_connect_object (zones, "items-changed", G_CALLBACK (update_charts), self, G_CONNECT_SWAPPED);

  update_charts (self);
  update_figures (self);
}
