/* pz-help.c
 *
 * Opens the Mallard help (the pages in help/C, installed by meson) in the help
 * viewer, at its index or at a topic such as "import".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-help"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pz-help.h"

/**
 * pz_help_uri:
 * @page: (nullable): a page id such as "export", or %NULL for the index
 *
 * Returns: (transfer full): e.g. "help:pilot-zones/export"
 */
char *
pz_help_uri (const char *page)
{
  if (page == NULL || *page == '\0')
    return g_strdup ("help:pilot-zones");
  return g_strconcat ("help:pilot-zones/", page, NULL);
}

/* No help viewer (yelp) is a failure the user can fix: say so. */
static void
help_shown (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

#if GTK_CHECK_VERSION (4, 10, 0)
  if (gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (source), result, &error))
    return;
#else
  if (gtk_show_uri_full_finish (parent, result, &error))
    return;
#endif
#if GTK_CHECK_VERSION (4, 10, 0)
  if (g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    return;
#endif

  dialog = adw_message_dialog_new (parent, _("Cannot Open the Help"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * pz_help_show:
 * @widget: a widget of the window the help is for
 * @page: (nullable): the topic, or %NULL for the index
 */
void
pz_help_show (GtkWidget  *widget,
              const char *page)
{
  g_autofree char *uri = pz_help_uri (page);
  GtkWindow *parent;

  g_return_if_fail (GTK_IS_WINDOW (gtk_widget_get_root (widget)));

  parent = GTK_WINDOW (gtk_widget_get_root (widget));
#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

    gtk_uri_launcher_launch (launcher, parent, NULL, help_shown, g_object_ref (parent));
  }
#else
  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, help_shown, g_object_ref (parent));
#endif
}
