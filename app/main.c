/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "pz-application.h"

/* A render node (or NVIDIA's own device) is what a GPU's GL driver
 * opens; without one, GL can only be Mesa's software rasteriser. */
static gboolean
have_gpu (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/dev/dri", 0, NULL);
  const char *name;

  if (g_access ("/dev/nvidiactl", R_OK | W_OK) == 0)
    return TRUE;
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename ("/dev/dri", name, NULL);

      if (g_str_has_prefix (name, "renderD") && g_access (path, R_OK | W_OK) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Adds @flag to a comma-separated list in the environment, keeping the
 * user's own flags. */
static void
append_env_flag (const char *variable,
                 const char *flag)
{
  const char *old = g_getenv (variable);
  g_autofree char *value = NULL;

  value = old != NULL && *old != '\0' ? g_strconcat (old, ",", flag, NULL) : g_strdup (flag);
  g_setenv (variable, value, TRUE);
}

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
   * start. And malloc_trim() gives back the free top of the main arena
   * only: with a second arena for the tile-rendering threads, its top
   * (up to M_TOP_PAD, below) stayed, 59 MiB at launch against 53 MiB with
   * one arena, whose lock the two rendering threads share without
   * delaying the first frame (0.63 s either way). */
  mallopt (M_ARENA_MAX, 1);
  /* Blocks from 64 KiB up (tile buffers past the tile pool's budget,
   * cairo's scratch images) are mapped and given back when freed. glibc's
   * moving mmap threshold soon keeps such blocks in the heap: when tiles
   * were still copied into new images each frame, RSS swung by ±9 % in an
   * 8-minute soak without this and by ±4 % with it, 5 MiB lower. */
  mallopt (M_MMAP_THRESHOLD, 64 * 1024);
  /* But each frame's scratch came and went with the frame: its image of
   * the map (2.6 MiB at 1280×800) and the images the overlay layers'
   * recordings are replayed into (up to 2.5 MiB each). glibc serves a
   * large block from the heap's free top when it has room, whatever the
   * threshold: kept at 12 MiB, the top holds all of it from frame to
   * frame, and is given back when the map rests (pz-map-rest.c). A
   * 30-minute soak (RSS every 10 s): ±1.1 % instead of ±3.7 % with a 4 MiB
   * top (and the tile pool's 64 tiles) and ±12.5 % in 8 minutes without
   * one; 11 MiB more while the map moves. */
  mallopt (M_TOP_PAD, 12 * 1024 * 1024);
#endif
  /* With no GPU, GTK's GL renderer runs on llvmpipe: libLLVM and the
   * shaders it compiles cost about 80 MiB at start, and a scripted pan
   * took 1.6× the CPU time of the cairo renderer, which draws this map of
   * raster tiles and 2D overlays the same. GDK still opens GL to probe
   * it, which maps Mesa and libLLVM (50 MiB more), so GL is turned off as
   * well. Set before any thread exists; a GSK_RENDERER already set wins,
   * and GL stays on for any renderer but cairo. */
  if (!have_gpu ())
    {
      g_setenv ("GSK_RENDERER", "cairo", FALSE);
      if (g_str_equal (g_getenv ("GSK_RENDERER"), "cairo"))
        {
          /* GTK 4.16 moved the switch from GDK_DEBUG to GDK_DISABLE. */
          if (gtk_get_minor_version () < 16)
            append_env_flag ("GDK_DEBUG", "gl-disable");
          else
            append_env_flag ("GDK_DISABLE", "gl");
        }
    }
  setlocale (LC_ALL, "");
  /* $PZ_LOCALEDIR finds the translations of an uninstalled build. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PZ_LOCALEDIR") != NULL ? g_getenv ("PZ_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = pz_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);

  return status != 0 ? status : pz_application_get_exit_status (app);
}
