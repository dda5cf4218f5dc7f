/* pz-legend.c
 *
 * The batch legend over the map, drawn by the same function as in
 * exported images. Activating it switches between its full and its
 * compact form; the window also picks the compact form for small maps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-legend"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-legend.h"

struct _PzLegend
{
  GtkWidget         parent_instance;

  PzMapComposition *composition;  /* what the map draws, to explain */
  gboolean          compact;
};

G_DEFINE_FINAL_TYPE (PzLegend, pz_legend, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
get_spec (PzLegend     *self,
          PzLegendSpec *spec)
{
  return self->composition != NULL && pz_map_composition_legend_init (self->composition, spec);
}

/* Screen readers hear what the legend explains and which form it is in. */
static void
contents_changed (PzLegend *self)
{
  PzLegendSpec spec;
  g_autofree char *label = NULL;

  if (get_spec (self, &spec))
    /* Translators: the legend's accessible name, with its title */
    label = g_strdup_printf (_("Legend: %s"), spec.title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : _("Legend"),
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_PRESSED, self->compact ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                                                           : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
pz_legend_measure_widget (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  PzLegend *self = PZ_LEGEND (widget);
  double width = 0, height = 0;
  PzLegendSpec spec;

  if (get_spec (self, &spec))
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cairo_t *cr = cairo_create (surface);

      pz_legend_spec_measure (&spec, cr, self->compact, &width, &height);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  *minimum = *natural = (int) (orientation == GTK_ORIENTATION_HORIZONTAL ? width : height);
}

static void
pz_legend_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  PzLegend *self = PZ_LEGEND (widget);
  PzLegendSpec spec;
  cairo_t *cr;

  if (!get_spec (self, &spec))
    return;

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0,
                                                       gtk_widget_get_width (widget),
                                                       gtk_widget_get_height (widget)));
  pz_legend_spec_draw (&spec, cr, self->compact, pz_map_composition_get_style (self->composition));
  cairo_destroy (cr);
}

static void
pz_legend_dispose (GObject *object)
{
  PzLegend *self = (PzLegend *)object;

  g_clear_pointer (&self->composition, pz_map_composition_unref);

  G_OBJECT_CLASS (pz_legend_parent_class)->dispose (object);
}

static void
pz_legend_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PzLegend *self = PZ_LEGEND (object);

  switch (prop_id)
    {
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_legend_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PzLegend *self = PZ_LEGEND (object);

  switch (prop_id)
    {
    case PROP_COMPACT:
      pz_legend_set_compact (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A double click or a tap that starts a pan is not a second switch. */
static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            PzLegend        *self)
{
  if (n_press == 1)
    gtk_widget_activate_action (GTK_WIDGET (self), "legend.compact", NULL);
}

static void
pz_legend_class_init (PzLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_legend_dispose;
  object_class->get_property = pz_legend_get_property;
  object_class->set_property = pz_legend_set_property;
  widget_class->measure = pz_legend_measure_widget;
  widget_class->snapshot = pz_legend_snapshot;

  /**
   * PzLegend:compact:
   *
   * Whether the rows sit side by side with short labels.
   */
  properties [PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "legend.compact", "compact");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "legend.compact", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "legend.compact", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "legend.compact", NULL);

  gtk_widget_class_set_css_name (widget_class, "legend");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
pz_legend_init (PzLegend *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  /* Clips the drawn panel to the rounded corners given in CSS. */
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Switch between the full and the compact legend"));
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Switch between the full and the compact legend"),
                                  -1);
  contents_changed (self);
}

GtkWidget *
pz_legend_new (void)
{
  return g_object_new (PZ_TYPE_LEGEND, NULL);
}

/**
 * pz_legend_set_composition:
 * @composition: (nullable): the map to explain
 *
 * Call again when the composition changed: the legend measures itself
 * from it.
 */
void
pz_legend_set_composition (PzLegend         *self,
                           PzMapComposition *composition)
{
  g_return_if_fail (PZ_IS_LEGEND (self));

  if (composition != NULL)
    pz_map_composition_ref (composition);
  g_clear_pointer (&self->composition, pz_map_composition_unref);
  self->composition = composition;
  contents_changed (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
pz_legend_get_compact (PzLegend *self)
{
  g_return_val_if_fail (PZ_IS_LEGEND (self), FALSE);

  return self->compact;
}

void
pz_legend_set_compact (PzLegend *self,
                       gboolean  compact)
{
  g_return_if_fail (PZ_IS_LEGEND (self));

  compact = !!compact;
  if (self->compact == compact)
    return;
  self->compact = compact;
  contents_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COMPACT]);
}
