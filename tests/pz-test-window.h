/* pz-test-window.h
 *
 * What the tests that show the main window share: waiting for frames,
 * finding a widget in the window, and a window on the bundled database as
 * on a first run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pz-facet.h"
#include "pz-filter-panel.h"
#include "pz-window.h"

static inline void
wait_frames (GtkWidget *widget,
             guint      n)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  for (guint i = 0; i < n; i++)
    {
      gint64 counter = gdk_frame_clock_get_frame_counter (clock);

      gtk_widget_queue_draw (widget);
      while (gdk_frame_clock_get_frame_counter (clock) == counter)
        g_main_context_iteration (NULL, TRUE);
    }
}

typedef gboolean (*WidgetMatch) (GtkWidget     *widget,
                                 gconstpointer  data);

/* The first widget under @widget, itself included, that @match accepts. */
static inline GtkWidget *
find_widget (GtkWidget     *widget,
             WidgetMatch    match,
             gconstpointer  data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

/* The first widget of @type under @widget, itself included. */
static inline GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType      type)
{
  return find_widget (widget, is_of_type, GSIZE_TO_POINTER (type));
}

/* The main window on the bundled database, shown; every test starts from
 * a first run: no saved view. */
static inline PzWindow *
pz_test_window_new (PzDatabase **database)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pz_database_default_path ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  PzWindow *window;

  g_settings_reset (settings, "map-restored");
  g_settings_reset (settings, "map-mode");
  *database = pz_database_open (path, &error);
  g_assert_no_error (error);

  window = pz_window_new (NULL, *database);
  gtk_window_present (GTK_WINDOW (window));
  wait_frames (GTK_WIDGET (window), 5);
  return window;
}

/* The fixture of tests that need only the window and its database. */
typedef struct
{
  PzDatabase *database;
  PzWindow   *window;
} PzWindowFixture;

static inline void
pz_window_fixture_set_up (PzWindowFixture *fixture,
                          gconstpointer    user_data)
{
  fixture->window = pz_test_window_new (&fixture->database);
}

static inline void
pz_window_fixture_tear_down (PzWindowFixture *fixture,
                             gconstpointer    user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->database);
}

/* The row of @panel (a PzFilterPanel) for a batch or province @key. */
static inline PzFacet *
find_facet (GtkWidget  *panel,
            const char *key)
{
  GListModel *facets = pz_filter_panel_get_facets (PZ_FILTER_PANEL (panel));

  for (guint i = 0; i < g_list_model_get_n_items (facets); i++)
    {
      g_autoptr(PzFacet) facet = g_list_model_get_item (facets, i);

      if (g_strcmp0 (pz_facet_get_key (facet), key) == 0)
        return facet;
    }
  g_assert_not_reached ();
}

/* The first open window of @type (a comparison, a dialog), or NULL. */
static inline GtkWindow *
find_toplevel_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}
