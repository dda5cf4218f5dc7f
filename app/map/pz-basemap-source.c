/* pz-basemap-source.c
 *
 * Offline tiles for libshumate: each tile is rendered from the bundled
 * geometry with cairo in a worker thread. libshumate 1.0 has no HiDPI tile
 * support, so tiles are rendered at the widget's scale factor and shown in
 * the same 256-pixel logical box, which keeps borders crisp.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-basemap-source"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pz-basemap-source.h"
#include "pz-projection.h"
#include "pz-tile-paintable.h"

#define MAX_ZOOM 12

struct _PzBasemapSource
{
  ShumateMapSource  parent_instance;

  PzBasemap        *basemap;
  const PzMapStyle *style;
  PzBoundaries      boundaries;
  int               scale_factor;
  guint             pending;  /* tiles being rendered */
};

G_DEFINE_FINAL_TYPE (PzBasemapSource, pz_basemap_source, SHUMATE_TYPE_MAP_SOURCE)

enum {
  TILES_DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  PzBasemap        *basemap;
  const PzMapStyle *style;
  PzBoundaries      boundaries;
  guint             x;
  guint             y;
  guint             zoom;
  int               scale_factor;
} TileJob;

static void
tile_job_free (gpointer data)
{
  TileJob *job = data;

  g_object_unref (job->basemap);
  g_free (job);
}

static TileJob *
tile_job_copy (const TileJob *job)
{
  TileJob *copy = g_memdup2 (job, sizeof *job);

  g_object_ref (copy->basemap);
  return copy;
}

/* What a tile paintable needs to render its tile again. */
typedef struct
{
  GWeakRef  source;
  TileJob  *job;
} RestoreData;

static void
restore_data_free (gpointer data)
{
  RestoreData *restore = data;

  g_weak_ref_clear (&restore->source);
  tile_job_free (restore->job);
  g_free (restore);
}

static void
render_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  TileJob *job = task_data;
  cairo_surface_t *surface;

  if (g_task_return_error_if_cancelled (task))
    return;

  surface = pz_basemap_render_tile (job->basemap, job->x, job->y, job->zoom,
                                    job->scale_factor, job->style, job->boundaries);
  g_task_return_pointer (task, surface, (GDestroyNotify) cairo_surface_destroy);
}

static void
render_one (gpointer data,
            gpointer user_data)
{
  g_autoptr(GTask) task = data;

  render_in_thread (task, g_task_get_source_object (task), g_task_get_task_data (task),
                    g_task_get_cancellable (task));
}

/* Tiles render in threads of their own that live as long as the process.
 * GIO's shared pool starts threads for a burst of tiles and ends them once
 * idle, and their stacks and scratch memory came and went with them. Two,
 * as many as the malloc arenas (main.c); a tile takes 1–3 ms. */
static void
run_render (GTask *render)
{
  static GThreadPool *pool;
  static gboolean tried;

  if (!tried)
    {
      tried = TRUE;
      /* Exclusive: both threads start now and never end. */
      pool = g_thread_pool_new (render_one, NULL, 2, TRUE, NULL);
    }
  if (pool != NULL)
    g_thread_pool_push (pool, g_object_ref (render), NULL);
  else
    g_task_run_in_thread (render, render_in_thread);
}

/* The tile threads' scratch memory is given back once the map rests
 * (pz-map-rest.c). */
static void
tiles_done (PzBasemapSource *self)
{
  g_signal_emit (self, signals[TILES_DONE], 0);
}

static void
tile_restored (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  cairo_surface_t *surface = g_task_propagate_pointer (G_TASK (result), NULL);

  if (surface != NULL)
    {
      pz_tile_paintable_set_image (user_data, surface);
      cairo_surface_destroy (surface);
    }
  g_object_unref (user_data);
  /* "tiles-done" also tells the map to draw the tile again. */
  if (--PZ_BASEMAP_SOURCE (object)->pending == 0)
    tiles_done (PZ_BASEMAP_SOURCE (object));
}

static void
restore_tile (PzTilePaintable *paintable,
              gpointer         data)
{
  RestoreData *restore = data;
  g_autoptr(PzBasemapSource) self = g_weak_ref_get (&restore->source);
  g_autoptr(GTask) render = NULL;

  if (self == NULL)
    return;
  self->pending++;
  render = g_task_new (self, NULL, tile_restored, g_object_ref (paintable));
  g_task_set_task_data (render, tile_job_copy (restore->job), tile_job_free);
  run_render (render);
}

static PzTilePaintable *
tile_paintable_new (PzBasemapSource *self,
                    const TileJob   *job,
                    cairo_surface_t *image)
{
  RestoreData *restore = g_new0 (RestoreData, 1);
  GdkRGBA sea = { self->style->sea.red, self->style->sea.green, self->style->sea.blue, 1 };

  g_weak_ref_init (&restore->source, self);
  restore->job = tile_job_copy (job);
  return pz_tile_paintable_new (image, &sea, restore_tile, restore, restore_data_free);
}

/* The tiles of one source that a map at rest shows: columns and rows
 * counted from the view's left and top, which may lie beyond the world's
 * edge (the world repeats east and west). */
typedef struct
{
  PzBasemapSource *source;
  guint            zoom;
  int              first_column, last_column, columns;
  int              first_row, last_row, rows;
} OnScreen;

static gboolean
within (int i,
        int first,
        int last,
        int count)
{
  return last - first + 1 >= count || ((i - first) % count + count) % count <= last - first;
}

static gboolean
keep_on_screen (gpointer data,
                gpointer user_data)
{
  RestoreData *restore = data;
  const OnScreen *view = user_data;
  g_autoptr(PzBasemapSource) source = g_weak_ref_get (&restore->source);

  if (source != view->source)
    return TRUE;
  return restore->job->zoom == view->zoom &&
         within (restore->job->x, view->first_column, view->last_column, view->columns) &&
         within (restore->job->y, view->first_row, view->last_row, view->rows);
}

/**
 * pz_basemap_source_rest:
 * @viewport: the view of the map that shows this source
 * @width: that map's width
 * @height: that map's height
 *
 * As the map comes to rest, lets go of the images of this source's tiles
 * off screen: the margin of tiles libshumate keeps around the view, and
 * the tiles it caches. They come back as soon as the map moves. Their
 * pixels go to the tile pool once the frame asked for here has drawn over
 * them, and from there to the system when that frame's tiles have rested
 * in turn, a tenth of a second later (pz-map-rest.c).
 *
 * Returns: how many were let go; the map should draw again, so that the
 *   frame on screen no longer holds them
 */
guint
pz_basemap_source_rest (PzBasemapSource *self,
                        ShumateViewport *viewport,
                        int              width,
                        int              height)
{
  ShumateMapSource *source = SHUMATE_MAP_SOURCE (self);
  double zoom = shumate_viewport_get_zoom_level (viewport);
  double turn = shumate_viewport_get_rotation (viewport);
  double size = shumate_map_source_get_tile_size_at_zoom (source, zoom);
  double x = shumate_map_source_get_x (source, zoom, shumate_location_get_longitude (SHUMATE_LOCATION (viewport)));
  double y = shumate_map_source_get_y (source, zoom, shumate_location_get_latitude (SHUMATE_LOCATION (viewport)));
  /* Half the box around the view, turned as the map is (libshumate's
   * grid does the same). */
  double half_x = MAX (fabs (cos (turn) * width / 2.0 - sin (turn) * height / 2.0),
                       fabs (cos (turn) * -width / 2.0 - sin (turn) * height / 2.0));
  double half_y = MAX (fabs (sin (turn) * width / 2.0 + cos (turn) * height / 2.0),
                       fabs (sin (turn) * -width / 2.0 + cos (turn) * height / 2.0));
  OnScreen view;

  g_return_val_if_fail (PZ_IS_BASEMAP_SOURCE (self), 0);
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), 0);

  view.source = self;
  view.zoom = (guint) zoom;
  view.first_column = (int) floor ((x - half_x) / size);
  view.last_column = (int) ceil ((x + half_x) / size) - 1;
  view.columns = (int) shumate_map_source_get_column_count (source, view.zoom);
  view.first_row = (int) floor ((y - half_y) / size);
  view.last_row = (int) ceil ((y + half_y) / size) - 1;
  view.rows = (int) shumate_map_source_get_row_count (source, view.zoom);
  return pz_tile_paintable_rest (restore_tile, keep_on_screen, &view);
}

/* Back on the main thread: only here may the ShumateTile be touched. */
static void
tile_rendered (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PzBasemapSource *self = PZ_BASEMAP_SOURCE (object);
  ShumateTile *tile = g_task_get_task_data (task);
  cairo_surface_t *surface;
  g_autoptr(PzTilePaintable) paintable = NULL;
  GError *error = NULL;

  surface = g_task_propagate_pointer (G_TASK (result), &error);
  if (--self->pending == 0)
    tiles_done (self);
  if (surface == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  paintable = tile_paintable_new (self, g_task_get_task_data (G_TASK (result)), surface);
  cairo_surface_destroy (surface);

  shumate_tile_set_paintable (tile, GDK_PAINTABLE (paintable));
  shumate_tile_set_fade_in (tile, FALSE);
  shumate_tile_set_state (tile, SHUMATE_STATE_DONE);
  g_task_return_boolean (task, TRUE);
}

static void
pz_basemap_source_fill_tile_async (ShumateMapSource    *source,
                                   ShumateTile         *tile,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  PzBasemapSource *self = PZ_BASEMAP_SOURCE (source);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) render = NULL;
  TileJob *job;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_task_data (task, g_object_ref (tile), g_object_unref);

  job = g_new0 (TileJob, 1);
  job->basemap = g_object_ref (self->basemap);
  job->style = self->style;
  job->boundaries = self->boundaries;
  job->x = shumate_tile_get_x (tile);
  job->y = shumate_tile_get_y (tile);
  job->zoom = shumate_tile_get_zoom_level (tile);
  job->scale_factor = self->scale_factor;

  self->pending++;
  render = g_task_new (self, cancellable, tile_rendered, g_steal_pointer (&task));
  g_task_set_task_data (render, job, tile_job_free);
  run_render (render);
}

static gboolean
pz_basemap_source_fill_tile_finish (ShumateMapSource  *source,
                                    GAsyncResult      *result,
                                    GError           **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
pz_basemap_source_dispose (GObject *object)
{
  PzBasemapSource *self = (PzBasemapSource *)object;

  g_clear_object (&self->basemap);

  G_OBJECT_CLASS (pz_basemap_source_parent_class)->dispose (object);
}

static void
pz_basemap_source_class_init (PzBasemapSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->dispose = pz_basemap_source_dispose;
  source_class->fill_tile_async = pz_basemap_source_fill_tile_async;
  source_class->fill_tile_finish = pz_basemap_source_fill_tile_finish;

  /* Emitted when the last tile asked for has been rendered. */
  signals[TILES_DONE] = g_signal_new ("tiles-done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

guint
pz_basemap_source_get_pending (PzBasemapSource *self)
{
  g_return_val_if_fail (PZ_IS_BASEMAP_SOURCE (self), 0);

  return self->pending;
}

static void
pz_basemap_source_init (PzBasemapSource *self)
{
}

/**
 * pz_basemap_source_new:
 *
 * The id carries style, boundaries and scale: libshumate caches tiles by
 * source id, so a source for another style, outline or scale must never
 * share cached tiles.
 */
PzBasemapSource *
pz_basemap_source_new (PzBasemap        *basemap,
                       const PzMapStyle *style,
                       PzBoundaries      boundaries,
                       int               scale_factor)
{
  PzBasemapSource *self;
  g_autofree char *id = NULL;

  g_return_val_if_fail (PZ_IS_BASEMAP (basemap), NULL);

  id = g_strdup_printf ("pilot-zones-offline-%s-%s-%d", style->id,
                        pz_boundaries_to_string (boundaries), scale_factor);
  self = g_object_new (PZ_TYPE_BASEMAP_SOURCE,
                       "id", id,
                       "name", _("Offline map"),
                       "license", _("Natural Earth · Schematic map: boundaries are indicative, not a standard map"),
                       "license-uri", "https://www.naturalearthdata.com/about/terms-of-use/",
                       "min-zoom-level", 2,
                       "max-zoom-level", MAX_ZOOM,
                       "tile-size", PZ_TILE_SIZE,
                       "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                       NULL);
  self->basemap = g_object_ref (basemap);
  self->style = style;
  self->boundaries = boundaries;
  self->scale_factor = MAX (scale_factor, 1);

  return self;
}
