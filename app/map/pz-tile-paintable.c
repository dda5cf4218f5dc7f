/* pz-tile-paintable.c
 *
 * A map tile whose image can be let go. libshumate 1.0 keeps the last
 * 100 tiles of each base layer in a private memory cache of fixed count:
 * 25 MiB of pixels at scale 1, 100 MiB at scale 2, and as much again in
 * the GL renderer's copies of those it has drawn. Its tiles hold this
 * paintable instead of a texture, and all tile paintables share one byte
 * budget (PZ_TILE_TEXTURE_BUDGET): past it, the least recently drawn
 * images of tiles that were not in the latest frame are released.
 * Tiles in libshumate's grid are drawn in every frame of the map, so they
 * are never released; a cached tile whose image went shows the sea
 * colour for the moment it takes to render it again in a worker thread
 * (1–3 ms a tile).
 *
 * GTK 4.8's cairo renderer copies a texture into a new image surface
 * each time it draws one: 256 KiB per tile per frame. Under it a tile is
 * drawn as a cairo node that paints the tile's own image, which cairo
 * records without a copy; other renderers get a texture that shares the
 * image's pixels.
 *
 * Main thread only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-tile-paintable"

#include "config.h"

#include "pz-map-rest.h"
#include "pz-projection.h"
#include "pz-tile-paintable.h"

/* Tiles drawn within this long before the latest drawn tile belong to the
 * latest frame (a frame draws all its tiles within a millisecond or so). */
#define SAME_FRAME_US (100 * G_TIME_SPAN_MILLISECOND)

struct _PzTilePaintable
{
  GObject            parent_instance;

  cairo_surface_t   *image;       /* NULL once released */
  GdkTexture        *texture;     /* of image, made when first drawn as one */
  GdkRGBA            placeholder;
  PzTileRestoreFunc  restore;
  gpointer           data;
  GDestroyNotify     destroy;
  gboolean           restoring;
  gboolean           asleep;      /* let go at rest, off screen */
  guint              asleep_at;   /* pz_map_rest_get_moves () then */
  gint64             last_drawn;
  GList              link;        /* in held, while it has an image */
};

static void pz_tile_paintable_iface_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PzTilePaintable, pz_tile_paintable, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE, pz_tile_paintable_iface_init))

/* Paintables with an image, most recently drawn first. */
static GQueue held = G_QUEUE_INIT;
static gsize held_bytes;
static gint64 latest_drawn;
static gboolean draw_as_cairo;

static gsize
image_bytes (cairo_surface_t *image)
{
  return (gsize) cairo_image_surface_get_stride (image) * cairo_image_surface_get_height (image);
}

/* Images let go wait until the map has drawn a frame without them. The
 * map's render node on screen may still hold a recording of one:
 * destroyed now, cairo would first give that recording a copy of its
 * pixels (256 KiB a tile, megabytes when a zoom lets a grid go). Once a
 * later frame has drawn tiles, that node is gone and the pixels go back
 * to the pool without a copy; a map that draws no frame lets them go after
 * a second. Waiting the whole second, a soak held 25 such tiles on
 * average and up to 92. */
typedef struct
{
  cairo_surface_t *image;
  gint64           released;
} Retired;

#define RETIRE_US G_USEC_PER_SEC

static GArray *retired;         /* of Retired, oldest first */
static guint retire_source;     /* the oldest image's second */
static guint drawn_source;      /* an idle after a frame that drew tiles */
static gint64 frame_drawn;      /* when that frame drew its first tile */

static void
retired_clear (gpointer data)
{
  cairo_surface_destroy (((Retired *) data)->image);
}

static void
destroy_retired_before (gint64 time)
{
  guint n = 0;

  while (n < retired->len && g_array_index (retired, Retired, n).released <= time)
    n++;
  g_array_remove_range (retired, 0, n);
  if (retired->len == 0)
    g_clear_handle_id (&retire_source, g_source_remove);
}

static gboolean destroy_retired (gpointer data);

/* Armed for the oldest image's second, not a whole second from now:
 * a timer left over from earlier images would otherwise take the newer
 * ones before any frame had drawn over them. */
static void
retire_check_in (void)
{
  gint64 wait = g_array_index (retired, Retired, 0).released + RETIRE_US - g_get_monotonic_time ();

  retire_source = g_timeout_add_full (G_PRIORITY_DEFAULT, MAX (wait, 0) / 1000 + 1, destroy_retired, NULL, NULL);
}

static gboolean
destroy_retired (gpointer data)
{
  retire_source = 0;
  destroy_retired_before (g_get_monotonic_time () - RETIRE_US);
  if (retired->len > 0)
    retire_check_in ();
  return G_SOURCE_REMOVE;
}

static gboolean
destroy_drawn_over (gpointer data)
{
  drawn_source = 0;
  destroy_retired_before (frame_drawn);
  return G_SOURCE_REMOVE;
}

/* Called as a frame draws a tile: the images let go before it are drawn
 * over once the frame is done. */
static void
frame_draws (void)
{
  pz_map_rest_drawing ();
  if (drawn_source != 0 || retired == NULL || retired->len == 0)
    return;
  frame_drawn = g_get_monotonic_time ();
  drawn_source = g_idle_add (destroy_drawn_over, NULL);
}

static void
release (PzTilePaintable *self)
{
  Retired entry;

  if (self->image == NULL)
    return;
  g_queue_unlink (&held, &self->link);
  held_bytes -= image_bytes (self->image);
  g_clear_object (&self->texture);
  if (retired == NULL)
    {
      retired = g_array_new (FALSE, FALSE, sizeof (Retired));
      g_array_set_clear_func (retired, retired_clear);
    }
  entry.image = g_steal_pointer (&self->image);
  entry.released = g_get_monotonic_time ();
  g_array_append_val (retired, entry);
  if (retire_source == 0)
    retire_check_in ();
}

/* The texture's bytes hold a reference to the image: no copy is made. */
static GdkTexture *
texture_for_image (cairo_surface_t *image)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (image), image_bytes (image),
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (image));
  return gdk_memory_texture_new (cairo_image_surface_get_width (image),
                                 cairo_image_surface_get_height (image),
                                 GDK_MEMORY_DEFAULT, bytes, cairo_image_surface_get_stride (image));
}

static void
snapshot_image (PzTilePaintable *self,
                GtkSnapshot     *snapshot,
                double           width,
                double           height)
{
  cairo_t *cr;

  if (!draw_as_cairo)
    {
      if (self->texture == NULL)
        self->texture = texture_for_image (self->image);
      gdk_paintable_snapshot (GDK_PAINTABLE (self->texture), snapshot, width, height);
      return;
    }

  /* A tile placed between pixels (after a drag) covers its edge pixels in
   * part, and so does its neighbour: a light seam shows. The tile's border
   * is therefore repeated one pixel further out, under its neighbours. */
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (-1, -1, width + 2, height + 2));
  cairo_scale (cr, width / cairo_image_surface_get_width (self->image),
               height / cairo_image_surface_get_height (self->image));
  cairo_set_source_surface (cr, self->image, 0, 0);
  cairo_pattern_set_extend (cairo_get_source (cr), CAIRO_EXTEND_PAD);
  /* Scaled during a zoom's animation. cairo's default filter shrinks
   * through a convolution the X server cannot do: cairo would then draw the
   * whole map in a client-side image, 4 MiB for each frame of the zoom. */
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_BILINEAR);
  cairo_paint (cr);
  cairo_destroy (cr);
}

static void
enforce_budget (void)
{
  while (held_bytes > PZ_TILE_TEXTURE_BUDGET && held.tail != NULL)
    {
      PzTilePaintable *oldest = held.tail->data;

      /* The rest were drawn later still: all in the latest frame. */
      if (oldest->last_drawn >= latest_drawn - SAME_FRAME_US)
        break;
      release (oldest);
    }
}

/* Tiles beyond the budget are let go when new ones come in, and also
 * once drawing pauses: returning to a zoom whose tiles are all cached
 * brings no new tile, and the tiles of the zooms passed on the way would
 * otherwise stay (27 MiB once in a soak). */
static guint enforce_source;

static gboolean
enforce_later (gpointer data)
{
  enforce_source = 0;
  enforce_budget ();
  return G_SOURCE_REMOVE;
}

static void
pz_tile_paintable_snapshot (GdkPaintable *paintable,
                            GdkSnapshot  *snapshot,
                            double        width,
                            double        height)
{
  PzTilePaintable *self = PZ_TILE_PAINTABLE (paintable);

  frame_draws ();

  /* Drawn at four times its size or more, or under half of it: a tile of
   * a zoom level two or more away. libshumate 1.0 draws the tiles of every
   * level passed in a zoom until the new level is complete, so a fast zoom
   * through several levels held a grid of 35 tiles for each (bursts of up
   * to 37 MiB in a soak). Such a tile does not count as part of the frame,
   * and once let go it draws nothing instead of rendering again: the new
   * level covers it within milliseconds. */
  if (width >= 4 * PZ_TILE_SIZE || width < PZ_TILE_SIZE / 2.0)
    {
      if (self->image != NULL)
        snapshot_image (self, GTK_SNAPSHOT (snapshot), width, height);
      return;
    }

  self->last_drawn = latest_drawn = g_get_monotonic_time ();
  if (enforce_source == 0 && held_bytes > PZ_TILE_TEXTURE_BUDGET)
    enforce_source = g_timeout_add (2 * SAME_FRAME_US / G_TIME_SPAN_MILLISECOND, enforce_later, NULL);
  if (self->image != NULL)
    {
      g_queue_unlink (&held, &self->link);
      g_queue_push_head_link (&held, &self->link);
      snapshot_image (self, GTK_SNAPSHOT (snapshot), width, height);
      return;
    }

  gtk_snapshot_append_color (GTK_SNAPSHOT (snapshot), &self->placeholder,
                             &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* Still off screen: nothing has moved since. */
  if (self->asleep && self->asleep_at == pz_map_rest_get_moves ())
    return;
  if (!self->restoring && self->restore != NULL)
    {
      self->restoring = TRUE;
      self->restore (self, self->data);
    }
}

static GdkPaintableFlags
pz_tile_paintable_get_flags (GdkPaintable *paintable)
{
  return GDK_PAINTABLE_STATIC_SIZE;
}

static void
pz_tile_paintable_iface_init (GdkPaintableInterface *iface)
{
  iface->snapshot = pz_tile_paintable_snapshot;
  iface->get_flags = pz_tile_paintable_get_flags;
}

static void
pz_tile_paintable_finalize (GObject *object)
{
  PzTilePaintable *self = (PzTilePaintable *)object;

  release (self);
  if (self->destroy != NULL)
    self->destroy (self->data);

  G_OBJECT_CLASS (pz_tile_paintable_parent_class)->finalize (object);
}

static void
pz_tile_paintable_class_init (PzTilePaintableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pz_tile_paintable_finalize;
}

static void
pz_tile_paintable_init (PzTilePaintable *self)
{
  self->link.data = self;
}

/**
 * pz_tile_paintable_new:
 * @image: the rendered tile, an ARGB32 image surface
 * @placeholder: shown while the tile renders again
 * @restore: (scope notified): renders the tile again after its image went
 * @data: which tile this is, for @restore and pz_tile_paintable_rest()
 *
 * Returns: (transfer full): a paintable showing @image
 */
PzTilePaintable *
pz_tile_paintable_new (cairo_surface_t   *image,
                       const GdkRGBA     *placeholder,
                       PzTileRestoreFunc  restore,
                       gpointer           data,
                       GDestroyNotify     destroy)
{
  PzTilePaintable *self;

  g_return_val_if_fail (image != NULL, NULL);

  self = g_object_new (PZ_TYPE_TILE_PAINTABLE, NULL);
  self->placeholder = *placeholder;
  self->restore = restore;
  self->data = data;
  self->destroy = destroy;
  pz_tile_paintable_set_image (self, image);
  return self;
}

/* A new image counts as just drawn: it is about to be. */
void
pz_tile_paintable_set_image (PzTilePaintable *self,
                             cairo_surface_t *image)
{
  g_return_if_fail (PZ_IS_TILE_PAINTABLE (self));
  g_return_if_fail (cairo_surface_get_type (image) == CAIRO_SURFACE_TYPE_IMAGE);
  g_return_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32);

  release (self);
  self->image = cairo_surface_reference (image);
  self->restoring = FALSE;
  self->asleep = FALSE;
  self->last_drawn = g_get_monotonic_time ();
  g_queue_push_head_link (&held, &self->link);
  held_bytes += image_bytes (image);
  enforce_budget ();
  gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));
}

gboolean
pz_tile_paintable_has_image (PzTilePaintable *self)
{
  g_return_val_if_fail (PZ_IS_TILE_PAINTABLE (self), FALSE);

  return self->image != NULL;
}

/**
 * pz_tile_paintable_rest:
 * @restore: the function the tiles to look at were made with
 * @keep: whether such a tile is on screen, given the data it was made with
 *
 * Lets go of the image of each tile made with @restore for which @keep
 * returns %FALSE, as the map comes to rest: only a moving map needs the tiles around the
 * view. Drawn while nothing moves, such a tile shows its placeholder and
 * is not rendered again; once a map moves (pz_map_rest_moved()), it is.
 *
 * Returns: how many images were let go
 */
guint
pz_tile_paintable_rest (PzTileRestoreFunc restore,
                        PzTileKeepFunc    keep,
                        gpointer          user_data)
{
  guint n = 0;

  g_return_val_if_fail (keep != NULL, 0);

  for (GList *link = held.head; link != NULL;)
    {
      PzTilePaintable *self = link->data;

      link = link->next;
      if (self->restore != restore || keep (self->data, user_data))
        continue;
      release (self);
      self->asleep = TRUE;
      self->asleep_at = pz_map_rest_get_moves ();
      n++;
    }
  return n;
}

/* Whether tiles are drawn as cairo nodes (for GTK's cairo renderer) or as
 * textures; the map sets it from its window's renderer. */
void
pz_tile_paintable_set_draw_as_cairo (gboolean as_cairo)
{
  draw_as_cairo = as_cairo;
}

/* Bytes of tile images held now, by all tile paintables. */
gsize
pz_tile_paintable_get_held (void)
{
  return held_bytes;
}
