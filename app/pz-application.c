/* pz-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-application"

#include "config.h"

#include <glib/gi18n.h>
#include <shumate/shumate.h>

#include "pz-application.h"
#include "pz-cli.h"
#include "pz-database.h"
#include "pz-user-database.h"
#include "pz-window.h"

struct _PzApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  PzDatabase     *database;
  int             exit_status;
};

G_DEFINE_FINAL_TYPE (PzApplication, pz_application, ADW_TYPE_APPLICATION)

static const char *data_credits[] = {
  N_("State Council replies (国函) approving each batch of zones"),
  N_("Natural Earth: land, borders and provinces (public domain)"),
  N_("GeoNames: city locations (CC BY 4.0)"),
  N_("OpenStreetMap contributors: the optional online map (ODbL)"),
  NULL
};

static gboolean
destroy_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

/* The parent goes once the dialog is gone, never from inside the
 * dialog's own signal handlers, which still use the dialog after them. */
static void
dialog_destroyed (GtkWindow *parent)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_window, g_object_ref (parent), g_object_unref);
}

static void
show_database_error (PzApplication *self,
                     const GError  *error)
{
  AdwMessageDialog *dialog;
  GtkWindow *window;

  /* stderr too: the message must reach someone who started us from a
   * terminal or a script, even if no dialog can be seen. */
  g_printerr ("pilot-zones: %s\n", error->message);
  self->exit_status = 1;

  /* An invisible parent keeps the dialog a proper GNOME dialog. */
  window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (self)));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Cannot Open the Zone Database"),
                                                       error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  g_signal_connect_swapped (dialog, "destroy", G_CALLBACK (dialog_destroyed), window);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The user's imports. Without them the app still works: the failure is
 * told on stderr and nothing is written. Imports removed in a window
 * that has closed can no longer be undone, so they go now; the window
 * follows imports made by other processes. */
static PzUserDatabase *
open_user_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pz_user_database_default_path ();
  PzUserDatabase *user = pz_user_database_open (path, &error);

  if (user == NULL || !pz_user_database_purge_removed (user, &error))
    g_printerr ("pilot-zones: %s\n", error->message);
  if (user != NULL)
    pz_user_database_watch (user);
  return user;
}

static void
pz_application_activate (GApplication *application)
{
  PzApplication *self = PZ_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(PzUserDatabase) user = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = self->database_path != NULL ? g_strdup (self->database_path) : pz_database_default_path ();
  if (self->database == NULL && !(self->database = pz_database_open (path, &error)))
    {
      show_database_error (self, error);
      return;
    }

  user = open_user_database ();
  window = GTK_WINDOW (pz_window_new (GTK_APPLICATION (self), self->database));
  pz_window_set_user_database (PZ_WINDOW (window), user);
  gtk_window_present (window);
}

/* "pilot-zones URI" and the desktop's handler for pilotzones: links open
 * the link's view; a link that cannot be read says why, on stderr as
 * well as in the window, and leaves the default view. */
static void
pz_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  GtkWindow *window;

  pz_application_activate (application);
  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  if (!PZ_IS_WINDOW (window))
    return;

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *uri = g_file_get_uri (files[i]);
      g_autoptr(GError) error = NULL;

      if (!pz_window_open_view_uri (PZ_WINDOW (window), uri, &error))
        g_printerr ("pilot-zones: %s: %s\n", uri, error->message);
    }
}

/* A second launch hands its work to the running instance, which cannot
 * change its database: a --database other than the one it has open is
 * refused here (status 1) rather than silently dropped. The running
 * instance shows its database as the state of the disabled "app.database"
 * action; a plain second launch, or one naming the same file, goes on to
 * raise its window. Returns -1 to go on, else an exit status. */
static int
refuse_other_database (PzApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) running = NULL;
  g_autofree char *message = NULL;

  if (self->database_path == NULL)
    return -1;
  if (!g_application_register (G_APPLICATION (self), NULL, &error))
    {
      g_printerr ("pilot-zones: %s\n", error->message);
      return 1;
    }
  if (!g_application_get_is_remote (G_APPLICATION (self)))
    return -1;

  running = g_action_group_get_action_state (G_ACTION_GROUP (self), "database");
  if (running != NULL && !g_variant_is_of_type (running, G_VARIANT_TYPE_STRING))
    g_clear_pointer (&running, g_variant_unref);
  if (running != NULL && g_strcmp0 (g_variant_get_string (running, NULL), self->database_path) == 0)
    return -1;

  if (running != NULL)
    /* Translators: the first %s is the database of the open window, the second the one asked for */
    message = g_strdup_printf (_("Pilot Zones is already running with another database (%s); "
                                 "close it first to open %s"),
                               g_variant_get_string (running, NULL), self->database_path);
  else
    message = g_strdup_printf (_("Pilot Zones is already running with another database; "
                                 "close it first to open %s"), self->database_path);
  g_printerr ("pilot-zones: %s\n", message);
  return 1;
}

static int
pz_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  PzApplication *self = PZ_APPLICATION (application);
  const char *argument = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &argument))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argument);

      self->database_path = g_file_get_path (file);
    }

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("pilot-zones %s\n", PACKAGE_VERSION);
      return 0;
    }

  /* Exports run here, before the application registers or opens a
   * display, so they work headless. */
  {
    g_autofree char *path = self->database_path != NULL ? g_strdup (self->database_path)
                                                        : pz_database_default_path ();
    int status = pz_cli_run (options, path);

    return status != -1 ? status : refuse_other_database (self);
  }
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  PzApplication *self = user_data;
  GtkWidget *about;
  g_autoptr(GStrvBuilder) credits = g_strv_builder_new ();
  g_auto(GStrv) credit_lines = NULL;

  for (guint i = 0; data_credits[i] != NULL; i++)
    g_strv_builder_add (credits, _(data_credits[i]));
  credit_lines = g_strv_builder_end (credits);

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("Pilot Zones"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Pilot Zones developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Explore China’s cross-border e-commerce comprehensive pilot zones.\n\n"
                                      "Schematic map: by default it follows the conventions of maps published "
                                      "in China (Taiwan, Zangnan and Aksai Chin as China; the islands and dashed "
                                      "line of the South China Sea, with an inset on national maps); a preference "
                                      "switches to Natural Earth’s de facto view. It is not a standard map and "
                                      "has no map review number."),
                        NULL);
  adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), _("Data"),
                                       (const char **) credit_lines);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), "Natural Earth",
                                      _("Made with Natural Earth. Free vector and raster map data "
                                        "@ naturalearthdata.com."),
                                      GTK_LICENSE_CUSTOM, NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), "GeoNames",
                                      _("City locations © GeoNames (https://www.geonames.org)."),
                                      GTK_LICENSE_CUSTOM, NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), "OpenStreetMap",
                                      _("The optional online map: © OpenStreetMap contributors, "
                                        "https://www.openstreetmap.org/copyright."),
                                      GTK_LICENSE_CUSTOM, NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
pz_application_startup (GApplication *application)
{
  static const GActionEntry actions[] = {
    { "about", about_action },
    { "quit", quit_action },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (pz_application_parent_class)->startup (application);

  /* OpenStreetMap's tile policy asks clients to name themselves. */
  shumate_set_user_agent ("PilotZones/" PACKAGE_VERSION " (" APPLICATION_ID ")");

  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions), application);

  /* For a second launch to compare with (refuse_other_database); disabled,
   * so that nothing can change it from outside. */
  {
    PzApplication *self = PZ_APPLICATION (application);
    g_autofree char *given = self->database_path != NULL ? g_strdup (self->database_path)
                                                         : pz_database_default_path ();
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (given);
    g_autofree char *path = g_file_get_path (file);
    g_autoptr(GSimpleAction) database = g_simple_action_new_stateful ("database", NULL,
                                                                      g_variant_new_string (path != NULL ? path : given));

    g_simple_action_set_enabled (database, FALSE);
    g_action_map_add_action (G_ACTION_MAP (application), G_ACTION (database));
  }
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close", close_accels);
}

static void
pz_application_finalize (GObject *object)
{
  PzApplication *self = (PzApplication *)object;

  g_clear_pointer (&self->database_path, g_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pz_application_parent_class)->finalize (object);
}

static void
pz_application_class_init (PzApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = pz_application_finalize;
  app_class->activate = pz_application_activate;
  app_class->open = pz_application_open;
  app_class->startup = pz_application_startup;
  app_class->handle_local_options = pz_application_handle_local_options;
}

static void
pz_application_init (PzApplication *self)
{
  static const GOptionEntry options[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Read zones from FILE instead of the bundled database"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  pz_cli_add_options (G_APPLICATION (self));
  /* Translators: what may follow the options on the command line */
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[VIEW-LINK]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Explore China’s cross-border e-commerce comprehensive pilot zones.\n"
                                              "With --export or --export-data, write a file and exit without a window."));
}

PzApplication *
pz_application_new (void)
{
  return g_object_new (PZ_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/* 1 when the database could not be opened, so scripts can tell. */
int
pz_application_get_exit_status (PzApplication *self)
{
  g_return_val_if_fail (PZ_IS_APPLICATION (self), 1);

  return self->exit_status;
}
