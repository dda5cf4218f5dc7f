/* pz-xlib-pool.c
 *
 * Keeps cairo's pool of shared memory for X11 alive. Drawn with GTK's
 * cairo renderer on X11, each frame goes to the X server through shared
 * memory that cairo takes from a pool it makes on first use and destroys
 * whenever the pool is empty between frames; the next frame then makes
 * a new pool and touches its pages again. In a 25-minute soak the
 * process's memory moved by up to 7.6 MiB with it, in and out at random
 * minutes. A pool made for frames as large as the monitor, with a tiny
 * image held in it, is never empty and serves every frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-xlib-pool"

#include "config.h"

#include "pz-xlib-pool.h"

#ifdef PZ_HAVE_XLIB
#include <cairo-xlib.h>
#include <gdk/x11/gdkx.h>
#endif

/**
 * pz_xlib_pool_keep:
 * @widget: a realized widget, drawn by GTK's cairo renderer
 *
 * On X11, makes cairo's pool for frames of @widget's monitor and keeps it
 * for the life of the process; elsewhere, does nothing.
 */
void
pz_xlib_pool_keep (GtkWidget *widget)
{
#ifdef PZ_HAVE_XLIB
  static cairo_surface_t *keeper;
  GdkDisplay *display = gtk_widget_get_display (widget);
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (widget));
  GdkMonitor *monitor;
  GdkRectangle area;
  Display *xdisplay;
  cairo_surface_t *root, *frame;
  int scale;

  if (keeper != NULL || !GDK_IS_X11_DISPLAY (display) || surface == NULL)
    return;
  monitor = gdk_display_get_monitor_at_surface (display, surface);
  if (monitor == NULL)
    return;
  gdk_monitor_get_geometry (monitor, &area);
  scale = gdk_monitor_get_scale_factor (monitor);
  xdisplay = gdk_x11_display_get_xdisplay (display);

  /* cairo keeps one device, and one set of pools, per X connection. The
   * pool is sized by the image that makes it; the tiny image made next
   * lands in that pool, the first with room. */
  root = cairo_xlib_surface_create (xdisplay, gdk_x11_display_get_xrootwindow (display),
                                    DefaultVisual (xdisplay, DefaultScreen (xdisplay)), 1, 1);
  frame = cairo_surface_create_similar_image (root, CAIRO_FORMAT_ARGB32, area.width * scale, area.height * scale);
  keeper = cairo_surface_create_similar_image (root, CAIRO_FORMAT_ARGB32, 16, 16);
  cairo_surface_destroy (frame);
  cairo_surface_destroy (root);
#endif
}
