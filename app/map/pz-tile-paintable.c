/* pz-tile-paintable.c
 *
 * A map tile whose texture can be let go. libshumate 1.0 keeps the last
 * 100 tiles of each base layer in a private memory cache of fixed count:
 * 25 MiB of pixels at scale 1, 100 MiB at scale 2, and as much again in
 * the GL renderer's copies of those it has drawn. Its tiles hold this
 * paintable instead of the texture itself, and all tile paintables share
 * one byte budget (PZ_TILE_TEXTURE_BUDGET): past it, the least recently
 * drawn textures of tiles that were not in the latest frame are released.
 * Tiles in libshumate's grid are drawn in every frame of the map, so they
 * are never released; a cached tile whose texture went shows the sea
 * colour for the moment it takes to render it again in a worker thread
 * (1–3 ms a tile).
 *
 * Main thread only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-tile-paintable"

#include "config.h"

#include "pz-tile-paintable.h"

/* Tiles drawn within this long before the latest drawn tile belong to the
 * latest frame (a frame draws all its tiles within a millisecond or so). */
#define SAME_FRAME_US (100 * G_TIME_SPAN_MILLISECOND)

struct _PzTilePaintable
{
  GObject            parent_instance;

  GdkTexture        *texture;     /* NULL once released */
  GdkRGBA            placeholder;
  PzTileRestoreFunc  restore;
  gpointer           data;
  GDestroyNotify     destroy;
  gboolean           restoring;
  gint64             last_drawn;
  GList              link;        /* in held, while it has a texture */
};

static void pz_tile_paintable_iface_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PzTilePaintable, pz_tile_paintable, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE, pz_tile_paintable_iface_init))

/* Paintables with a texture, most recently drawn first. */
static GQueue held = G_QUEUE_INIT;
static gsize held_bytes;
static gint64 latest_drawn;

static gsize
texture_bytes (GdkTexture *texture)
{
  return (gsize) gdk_texture_get_width (texture) * gdk_texture_get_height (texture) * 4;
}

static void
release (PzTilePaintable *self)
{
  if (self->texture == NULL)
    return;
  g_queue_unlink (&held, &self->link);
  held_bytes -= texture_bytes (self->texture);
  g_clear_object (&self->texture);
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

static void
pz_tile_paintable_snapshot (GdkPaintable *paintable,
                            GdkSnapshot  *snapshot,
                            double        width,
                            double        height)
{
  PzTilePaintable *self = PZ_TILE_PAINTABLE (paintable);

  self->last_drawn = latest_drawn = g_get_monotonic_time ();
  if (self->texture != NULL)
    {
      g_queue_unlink (&held, &self->link);
      g_queue_push_head_link (&held, &self->link);
      gdk_paintable_snapshot (GDK_PAINTABLE (self->texture), snapshot, width, height);
      return;
    }

  gtk_snapshot_append_color (GTK_SNAPSHOT (snapshot), &self->placeholder,
                             &GRAPHENE_RECT_INIT (0, 0, width, height));
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
 * @texture: the rendered tile
 * @placeholder: shown while the tile renders again
 * @restore: (scope notified): renders the tile again after its texture went
 *
 * Returns: (transfer full): a paintable showing @texture
 */
PzTilePaintable *
pz_tile_paintable_new (GdkTexture        *texture,
                       const GdkRGBA     *placeholder,
                       PzTileRestoreFunc  restore,
                       gpointer           data,
                       GDestroyNotify     destroy)
{
  PzTilePaintable *self;

  g_return_val_if_fail (GDK_IS_TEXTURE (texture), NULL);

  self = g_object_new (PZ_TYPE_TILE_PAINTABLE, NULL);
  self->placeholder = *placeholder;
  self->restore = restore;
  self->data = data;
  self->destroy = destroy;
  pz_tile_paintable_set_texture (self, texture);
  return self;
}

/* A new texture counts as just drawn: it is about to be. */
void
pz_tile_paintable_set_texture (PzTilePaintable *self,
                               GdkTexture      *texture)
{
  g_return_if_fail (PZ_IS_TILE_PAINTABLE (self));
  g_return_if_fail (GDK_IS_TEXTURE (texture));

  release (self);
  self->texture = g_object_ref (texture);
  self->restoring = FALSE;
  self->last_drawn = g_get_monotonic_time ();
  g_queue_push_head_link (&held, &self->link);
  held_bytes += texture_bytes (texture);
  enforce_budget ();
  gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));
}

gboolean
pz_tile_paintable_has_texture (PzTilePaintable *self)
{
  g_return_val_if_fail (PZ_IS_TILE_PAINTABLE (self), FALSE);

  return self->texture != NULL;
}

/* Bytes of tile textures held now, by all tile paintables. */
gsize
pz_tile_paintable_get_held (void)
{
  return held_bytes;
}
