/* pz-chart-view.c
 *
 * Shows one chart; screen readers get the chart's data as its label.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-chart-view"

#include "config.h"

#include <adwaita.h>

#include "pz-chart-view.h"

struct _PzChartView
{
  GtkWidget  parent_instance;

  PzChart   *chart;
};

G_DEFINE_FINAL_TYPE (PzChartView, pz_chart_view, GTK_TYPE_WIDGET)

static void
pz_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  PzChartView *self = PZ_CHART_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  cairo_t *cr;

  if (self->chart == NULL)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pz_chart_draw (self->chart, cr, width, height, pz_map_style_get (dark));
  cairo_destroy (cr);
}

static void
pz_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 300 : 260;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 460 : 300;
}

static void
pz_chart_view_dispose (GObject *object)
{
  PzChartView *self = (PzChartView *)object;

  g_clear_pointer (&self->chart, pz_chart_unref);

  G_OBJECT_CLASS (pz_chart_view_parent_class)->dispose (object);
}

static void
pz_chart_view_class_init (PzChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_chart_view_dispose;
  widget_class->snapshot = pz_chart_view_snapshot;
  widget_class->measure = pz_chart_view_measure;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pz_chart_view_init (PzChartView *self)
{
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
pz_chart_view_new (void)
{
  return g_object_new (PZ_TYPE_CHART_VIEW, NULL);
}

/**
 * pz_chart_view_get_chart:
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
PzChart *
pz_chart_view_get_chart (PzChartView *self)
{
  g_return_val_if_fail (PZ_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

void
pz_chart_view_set_chart (PzChartView *self,
                         PzChart     *chart)
{
  g_autofree char *description = NULL;

  g_return_if_fail (PZ_IS_CHART_VIEW (self));

  if (chart != NULL)
    pz_chart_ref (chart);
  g_clear_pointer (&self->chart, pz_chart_unref);
  self->chart = chart;

  description = chart != NULL ? pz_chart_describe (chart) : NULL;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description != NULL ? description : "",
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
