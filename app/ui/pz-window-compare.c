/* pz-window-compare.c
 *
 * The window's comparison: win.compare opens provinces or zones side by
 * side (or shows them in the comparison already open); win.compare-toggle,
 * what Ctrl+click on a province of the province map does, adds a province
 * to the comparison open, or takes it out, keeping the last four;
 * win.compare-ticked compares the provinces ticked in the sidebar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-window-compare"

#include "config.h"

#include "pz-compare-view.h"
#include "pz-window-private.h"

/* The comparison this window opened and that is still open. */
static PzCompareView *
find_compare_view (PzWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (PZ_IS_COMPARE_VIEW (window) && gtk_window_get_transient_for (window) == GTK_WINDOW (self))
        return PZ_COMPARE_VIEW (window);
    }
  return NULL;
}

static void
show_comparison (PzWindow           *self,
                 const char * const *ids)
{
  PzCompareView *compare = find_compare_view (self);

  if (compare != NULL)
    pz_compare_view_set_ids (compare, ids);
  else
    compare = PZ_COMPARE_VIEW (pz_compare_view_new (GTK_WINDOW (self), self->database, self->user_database, ids));
  gtk_window_present (GTK_WINDOW (compare));
}

/* One to four provinces or zones side by side; one province is that
 * province's details. */
void
_pz_window_compare_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  g_autofree const char **ids = g_variant_get_strv (parameter, NULL);

  if (ids[0] != NULL)
    show_comparison (PZ_WINDOW (widget), ids);
}

/* The provinces of the comparison open, with the province given added,
 * or taken out if it was there; zones compared give way to provinces. */
void
_pz_window_compare_toggle_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  PzWindow *self = PZ_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  PzCompareView *compare = find_compare_view (self);
  PzComparison *comparison = compare != NULL ? pz_compare_view_get_comparison (compare) : NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  gboolean removed = FALSE;
  guint first = 0;

  for (guint i = 0; comparison != NULL && i < pz_comparison_get_n_items (comparison); i++)
    {
      const char *shown = pz_comparison_get_id (comparison, i);

      if (pz_comparison_get_zone (comparison, i) != NULL)
        continue;
      if (g_str_equal (shown, id))
        removed = TRUE;
      else
        g_ptr_array_add (ids, (gpointer) shown);
    }
  if (!removed)
    g_ptr_array_add (ids, (gpointer) id);
  if (ids->len == 0)
    {
      gtk_window_destroy (GTK_WINDOW (compare));
      return;
    }
  if (ids->len > PZ_COMPARE_MAX_ITEMS)
    first = ids->len - PZ_COMPARE_MAX_ITEMS;
  g_ptr_array_add (ids, NULL);
  /* The ids belong to the comparison about to be replaced: copied first. */
  {
    g_auto(GStrv) copy = g_strdupv ((char **) ids->pdata + first);

    show_comparison (self, (const char * const *) copy);
  }
}

/* The provinces ticked in the sidebar's filter, if two to four. */
static GStrv
dup_comparable_ticks (PzWindow *self)
{
  g_auto(GStrv) codes = pz_zone_filter_get_provinces (self->filter);
  guint n = g_strv_length (codes);

  return n >= 2 && n <= PZ_COMPARE_MAX_ITEMS ? g_steal_pointer (&codes) : NULL;
}

void
_pz_window_compare_ticked_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  PzWindow *self = PZ_WINDOW (widget);
  g_auto(GStrv) codes = dup_comparable_ticks (self);

  if (codes != NULL)
    show_comparison (self, (const char * const *) codes);
}

static void
ticked_changed (PzWindow *self)
{
  g_auto(GStrv) codes = dup_comparable_ticks (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-ticked", codes != NULL);
}

/* Compare Ticked Provinces is there only when it can compare. */
void
_pz_window_init_compare (PzWindow *self)
{
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (ticked_changed), self, G_CONNECT_SWAPPED);
  ticked_changed (self);
}
