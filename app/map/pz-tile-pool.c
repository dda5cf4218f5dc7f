/* pz-tile-pool.c
 *
 * The pixels of map tiles, recycled. A zoom renders a new grid of tiles
 * while the old one is still shown and lets old tiles go once the new are
 * in: with each tile's pixels allocated and freed on its own, the pixels
 * in use moved between 8 and 19 MiB with the zooms of a soak, and the
 * process's memory with them. Here a tile's buffer goes back to a free
 * list when its image is destroyed and the next tile takes it, so after
 * the first zoom the tiles' memory stays at the pool's size; buffers past
 * PZ_TILE_POOL_TILES are given back to the system, and so are all spare
 * buffers once the map rests (pz-map-rest.c).
 *
 * Buffers are mapped from the system rather than taken from malloc, so
 * that the pool alone decides how many are kept: malloc served them from
 * the free top it keeps for the frames (app/main.c), and once freed they
 * stayed there; with the rendering threads in an arena of their own, in a
 * top that malloc_trim() does not give back (59 MiB at launch, 53 MiB
 * with mapped buffers and one arena).
 *
 * Thread-safe: images are made in the tile-rendering threads and
 * destroyed in the main thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-tile-pool"

#include "config.h"

#include <string.h>
#include <sys/mman.h>

#include "pz-tile-pool.h"

typedef struct
{
  gsize    bytes;
  gpointer pixels;
} Buffer;

static GMutex lock;
static GPtrArray *spare;   /* of Buffer, free for the next image */
static gsize allocated;    /* bytes of buffers in use or spare */
static const cairo_user_data_key_t buffer_key;

static void
buffer_free (Buffer *buffer)
{
  munmap (buffer->pixels, buffer->bytes);
  g_free (buffer);
}

/* Called as the last reference to an image goes, after cairo has given
 * any snapshot of it (a render node recording it) a copy of its own. */
static void
give_back (gpointer data)
{
  Buffer *buffer = data;

  g_mutex_lock (&lock);
  if (allocated <= PZ_TILE_POOL_TILES * buffer->bytes)
    {
      g_ptr_array_add (spare, buffer);
      buffer = NULL;
    }
  else
    allocated -= buffer->bytes;
  g_mutex_unlock (&lock);

  if (buffer != NULL)
    buffer_free (buffer);
}

static Buffer *
take (gsize bytes)
{
  Buffer *buffer = NULL;

  g_mutex_lock (&lock);
  if (spare == NULL)
    spare = g_ptr_array_new ();
  for (guint i = spare->len; i > 0; i--)
    if (((Buffer *) spare->pdata[i - 1])->bytes == bytes)
      {
        buffer = g_ptr_array_steal_index_fast (spare, i - 1);
        break;
      }
  if (buffer == NULL)
    allocated += bytes;
  g_mutex_unlock (&lock);

  if (buffer == NULL)
    {
      buffer = g_new (Buffer, 1);
      buffer->bytes = bytes;
      buffer->pixels = mmap (NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      /* As g_malloc() does when memory runs out. */
      if (buffer->pixels == MAP_FAILED)
        g_error ("%s: failed to map %" G_GSIZE_FORMAT " bytes", G_STRLOC, bytes);
    }
  return buffer;
}

/**
 * pz_tile_pool_new_image:
 * @size: width and height in pixels
 *
 * Returns: (transfer full): a transparent ARGB32 image whose pixels come
 *   from the pool and go back to it when the image is destroyed
 */
cairo_surface_t *
pz_tile_pool_new_image (int size)
{
  int stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, size);
  Buffer *buffer;
  cairo_surface_t *image;

  g_return_val_if_fail (size > 0 && stride > 0, NULL);

  buffer = take ((gsize) stride * size);
  memset (buffer->pixels, 0, buffer->bytes);
  image = cairo_image_surface_create_for_data (buffer->pixels, CAIRO_FORMAT_ARGB32, size, size, stride);
  if (cairo_surface_set_user_data (image, &buffer_key, buffer, give_back) != CAIRO_STATUS_SUCCESS)
    {
      /* Out of memory in cairo: the image is an error surface. */
      cairo_surface_destroy (image);
      give_back (buffer);
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
    }
  return image;
}

/* Bytes of tile buffers held now, in use or spare. */
gsize
pz_tile_pool_get_allocated (void)
{
  gsize bytes;

  g_mutex_lock (&lock);
  bytes = allocated;
  g_mutex_unlock (&lock);
  return bytes;
}

/* Gives the spare buffers back to the system. */
void
pz_tile_pool_trim (void)
{
  g_autoptr(GPtrArray) gone = NULL;

  g_mutex_lock (&lock);
  if (spare != NULL && spare->len > 0)
    {
      gone = g_steal_pointer (&spare);
      spare = g_ptr_array_new ();
      for (guint i = 0; i < gone->len; i++)
        allocated -= ((Buffer *) gone->pdata[i])->bytes;
    }
  g_mutex_unlock (&lock);

  if (gone != NULL)
    g_ptr_array_set_free_func (gone, (GDestroyNotify) buffer_free);
}
