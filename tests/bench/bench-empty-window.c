/* bench-empty-window.c: the reference for the launch benchmark
 * (tests/bench/compare/launch.py). An empty libadwaita window as small as
 * an app can be: AdwApplication, AdwApplicationWindow with a header bar and
 * nothing else, at the default size of the Pilot Zones window (1280×800),
 * so that what Pilot Zones holds above it can be told apart from what GTK,
 * libadwaita and the GL renderer hold in any app. Not a test; built only as
 * a bench reference.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

static void
activate (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Empty window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  /* The WM_CLASS (from the program name) is what launch.py waits for. */
  g_set_prgname ("bench-empty-window");
  app = adw_application_new ("io.github.pilotzones.BenchEmptyWindow", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
