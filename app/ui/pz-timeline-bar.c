/* pz-timeline-bar.c
 *
 * The timeline under the map: it steps, or plays, through every date on
 * which the zones in force changed (approvals and ends) and tells the
 * date it stands on; the window filters by that date while it is active.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-timeline-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-timeline-bar.h"
#include "pz-zone.h"

/* Milliseconds between steps while playing. */
#define PLAY_INTERVAL_MS 900

struct _PzTimelineBar
{
  GtkWidget      parent_instance;

  GPtrArray     *dates;   /* sorted, unique */
  GListModel    *shown;   /* for the count in the label */
  gboolean       active;
  guint          play_source;

  GtkAdjustment *adjustment;
  GtkScale      *scale;
  GtkLabel      *label;
  GtkButton     *play_button;
};

G_DEFINE_FINAL_TYPE (PzTimelineBar, pz_timeline_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ACTIVE,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * pz_timeline_bar_get_date:
 *
 * Returns: (nullable): the date the timeline stands on, or %NULL while it
 *   is off: every zone ever approved
 */
const char *
pz_timeline_bar_get_date (PzTimelineBar *self)
{
  guint step;

  g_return_val_if_fail (PZ_IS_TIMELINE_BAR (self), NULL);

  step = (guint) gtk_adjustment_get_value (self->adjustment);
  if (!self->active || self->dates == NULL || step >= self->dates->len)
    return NULL;
  return g_ptr_array_index (self->dates, step);
}

static void
update_label (PzTimelineBar *self)
{
  const char *date = pz_timeline_bar_get_date (self);
  g_autofree char *text = NULL;

  if (date == NULL)
    text = g_strdup (_("Every zone ever approved"));
  else
    {
      guint n = self->shown != NULL ? g_list_model_get_n_items (self->shown) : 0;

      /* Translators: timeline label, e.g. "2018-07-24: 35 zones" */
      text = g_strdup_printf (ngettext ("%s: %u zone", "%s: %u zones", n), date, n);
    }
  gtk_label_set_text (self->label, text);
}

static void
step_changed (PzTimelineBar *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale), self->active);
  /* The filter follows the date first, so the label counts its result. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
  update_label (self);
}

static void
stop_playing (PzTimelineBar *self)
{
  g_clear_handle_id (&self->play_source, g_source_remove);
  gtk_button_set_icon_name (self->play_button, "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), _("Play the growth of the zones"));
}

static gboolean
play_step (gpointer user_data)
{
  PzTimelineBar *self = PZ_TIMELINE_BAR (user_data);
  double value = gtk_adjustment_get_value (self->adjustment);

  if (value >= gtk_adjustment_get_upper (self->adjustment))
    {
      self->play_source = 0;
      stop_playing (self);
      return G_SOURCE_REMOVE;
    }
  gtk_adjustment_set_value (self->adjustment, value + 1);
  return G_SOURCE_CONTINUE;
}

/* Plays the growth of the zones from the first approval, or pauses. */
static void
play_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PzTimelineBar *self = PZ_TIMELINE_BAR (widget);

  if (self->play_source != 0)
    {
      stop_playing (self);
      return;
    }

  pz_timeline_bar_set_active (self, TRUE);
  if (gtk_adjustment_get_value (self->adjustment) >= gtk_adjustment_get_upper (self->adjustment))
    gtk_adjustment_set_value (self->adjustment, 0);
  self->play_source = g_timeout_add (PLAY_INTERVAL_MS, play_step, self);
  gtk_button_set_icon_name (self->play_button, "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), _("Pause"));
}

static void
pz_timeline_bar_dispose (GObject *object)
{
  PzTimelineBar *self = (PzTimelineBar *)object;

  g_clear_handle_id (&self->play_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_TIMELINE_BAR);
  /* The template's root child is ours to unparent on GTK 4.8. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self)));)
    gtk_widget_unparent (child);
  g_clear_object (&self->shown);
  g_clear_pointer (&self->dates, g_ptr_array_unref);

  G_OBJECT_CLASS (pz_timeline_bar_parent_class)->dispose (object);
}

static void
pz_timeline_bar_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PzTimelineBar *self = PZ_TIMELINE_BAR (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    case PROP_DATE:
      g_value_set_string (value, pz_timeline_bar_get_date (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_timeline_bar_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PzTimelineBar *self = PZ_TIMELINE_BAR (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      pz_timeline_bar_set_active (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_timeline_bar_class_init (PzTimelineBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_timeline_bar_dispose;
  object_class->get_property = pz_timeline_bar_get_property;
  object_class->set_property = pz_timeline_bar_set_property;

  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-timeline-bar.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_adjustment", FALSE,
                                             G_STRUCT_OFFSET (PzTimelineBar, adjustment));
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_scale", FALSE,
                                             G_STRUCT_OFFSET (PzTimelineBar, scale));
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_label", FALSE,
                                             G_STRUCT_OFFSET (PzTimelineBar, label));
  gtk_widget_class_bind_template_child (widget_class, PzTimelineBar, play_button);

  gtk_widget_class_install_action (widget_class, "timeline.play", NULL, play_action);
  gtk_widget_class_install_property_action (widget_class, "timeline.active", "active");
}

static void
pz_timeline_bar_init (PzTimelineBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->adjustment, "value-changed", G_CALLBACK (step_changed), self, G_CONNECT_SWAPPED);
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * pz_timeline_bar_set_zones:
 * @all: every zone, whose approval and end dates are the steps
 * @shown: the zones the filter shows, counted in the label
 *
 * Call once. The timeline starts on its last step.
 */
void
pz_timeline_bar_set_zones (PzTimelineBar *self,
                           GListModel    *all,
                           GListModel    *shown)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_if_fail (PZ_IS_TIMELINE_BAR (self));
  g_return_if_fail (self->dates == NULL);

  self->shown = g_object_ref (shown);
  g_signal_connect_object (shown, "items-changed", G_CALLBACK (update_label), self, G_CONNECT_SWAPPED);

  self->dates = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (all, i);
      const char *dates[] = { pz_zone_get_text (zone, PZ_ZONE_APPROVED), pz_zone_get_text (zone, PZ_ZONE_ENDED) };

      for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
        if (dates[d] != NULL && !g_hash_table_contains (seen, dates[d]))
          {
            char *copy = g_strdup (dates[d]);

            g_hash_table_add (seen, copy);
            g_ptr_array_add (self->dates, copy);
          }
    }
  g_ptr_array_sort (self->dates, compare_dates);

  gtk_adjustment_set_lower (self->adjustment, 0);
  gtk_adjustment_set_upper (self->adjustment, MAX (self->dates->len, 1) - 1);
  gtk_adjustment_set_value (self->adjustment, gtk_adjustment_get_upper (self->adjustment));
  for (guint i = 0; i < self->dates->len; i++)
    gtk_scale_add_mark (self->scale, i, GTK_POS_BOTTOM, NULL);
  step_changed (self);
}

gboolean
pz_timeline_bar_get_active (PzTimelineBar *self)
{
  g_return_val_if_fail (PZ_IS_TIMELINE_BAR (self), FALSE);

  return self->active;
}

void
pz_timeline_bar_set_active (PzTimelineBar *self,
                            gboolean       active)
{
  g_return_if_fail (PZ_IS_TIMELINE_BAR (self));

  active = !!active;
  if (self->active == active)
    return;
  self->active = active;
  if (!active)
    stop_playing (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
  step_changed (self);
}

guint
pz_timeline_bar_get_n_steps (PzTimelineBar *self)
{
  g_return_val_if_fail (PZ_IS_TIMELINE_BAR (self), 0);

  return self->dates != NULL ? self->dates->len : 0;
}

const char *
pz_timeline_bar_get_step_date (PzTimelineBar *self,
                               guint          step)
{
  g_return_val_if_fail (PZ_IS_TIMELINE_BAR (self), NULL);
  g_return_val_if_fail (step < pz_timeline_bar_get_n_steps (self), NULL);

  return g_ptr_array_index (self->dates, step);
}

void
pz_timeline_bar_set_step (PzTimelineBar *self,
                          guint          step)
{
  g_return_if_fail (PZ_IS_TIMELINE_BAR (self));
  g_return_if_fail (step < pz_timeline_bar_get_n_steps (self));

  gtk_adjustment_set_value (self->adjustment, step);
}
