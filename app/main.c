/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "pz-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PzApplication) app = NULL;
  int status;

#ifdef __GLIBC__
  /* glibc gives each thread that allocates an arena of its own (up to
   * 8 per core), and each keeps what was freed in it: tile rendering,
   * the GL rasteriser and GIO's workers left ~30 MiB in seven arenas at
   * start. Two are plenty for the few threads here. */
  mallopt (M_ARENA_MAX, 2);
#endif
  setlocale (LC_ALL, "");
  /* $PZ_LOCALEDIR finds the translations of an uninstalled build. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PZ_LOCALEDIR") != NULL ? g_getenv ("PZ_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = pz_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);

  return status != 0 ? status : pz_application_get_exit_status (app);
}
