/* pz-export.c
 *
 * The current view as a PNG, SVG or PDF image, drawn at the target
 * resolution by the screen's own drawing functions: vectors stay vectors
 * in SVG and PDF. Files are written through g_file_replace(), so a failed
 * export leaves the old file, or none, and never a partial one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pz-export-private.h"
#include "pz-map-render.h"
#include "pz-projection.h"
#include "pz-zone-draw.h"

/* Raster exports wider than this are drawn at a scale factor, so that a
 * 4K image shows the map of a large screen in sharper detail rather than
 * more of the world in tiny print. */
#define LOGICAL_WIDTH 1600.0
#define FIT_PADDING 48.0

void
pz_image_options_init (PzImageOptions *options)
{
  *options = (PzImageOptions) {
    .format = PZ_IMAGE_PNG,
    .width = 1920,
    .height = 1080,
    .decorations = {
      .legend = TRUE,
      .scale_bar = TRUE,
      .north_arrow = TRUE,
      .attribution = TRUE,
    },
  };
}

/* The index of @name in @names, ignoring case, or -1. */
static int
format_index (const char        *name,
              const char * const names[],
              guint              n_names)
{
  for (guint i = 0; name != NULL && i < n_names; i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      return (int) i;
  return -1;
}

gboolean
pz_image_format_from_name (const char    *name,
                           PzImageFormat *format)
{
  static const char * const names[] = { "png", "svg", "pdf" };
  int i = format_index (name, names, G_N_ELEMENTS (names));

  if (i >= 0)
    *format = (PzImageFormat) i;
  return i >= 0;
}

gboolean
pz_data_format_from_name (const char   *name,
                          PzDataFormat *format)
{
  static const char * const names[] = { "csv", "geojson", "gpkg" };
  int i = format_index (name, names, G_N_ELEMENTS (names));

  if (i >= 0)
    *format = (PzDataFormat) i;
  return i >= 0;
}

/**
 * pz_export_default_title:
 * @description: (nullable): the filter in words, or %NULL for every zone
 *
 * Returns: (transfer full): e.g. "Pilot zones — Batch 5 · Guangdong"
 */
char *
pz_export_default_title (const char *description)
{
  if (description == NULL)
    return g_strdup (_("Cross-border e-commerce comprehensive pilot zones"));
  /* Translators: export title, %s describes the filter, e.g. "Batch 5 · Guangdong" */
  return g_strdup_printf (_("Pilot zones — %s"), description);
}

/* The view of an export: the composition's centre and zoom scaled to the
 * export's size, or the zones shown fitted below the title. */
static void
export_view (PzMapComposition     *map,
             const PzImageOptions *options,
             double                scale,
             PzView               *view)
{
  double width = options->width / scale;
  double height = options->height / scale;
  double top = options->decorations.title != NULL ? PZ_MAP_TITLE_HEIGHT : 0;
  GListModel *shown = pz_map_composition_get_zones (map);
  GListModel *zones = g_list_model_get_n_items (shown) > 0
                      ? shown : pz_database_get_zones (pz_map_composition_get_database (map));
  double south = 90, west = 180, north = -90, east = -180;
  double latitude, longitude, zoom, view_width, centre_y;

  if (pz_map_composition_get_view (map, &latitude, &longitude, &zoom, &view_width))
    {
      if (view_width > 0)
        zoom += log2 (width / view_width);
      pz_view_init_centered (view, latitude, longitude, zoom, width, height, scale);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      if (!pz_zone_has_location (zone))
        continue;
      south = MIN (south, pz_zone_get_latitude (zone));
      north = MAX (north, pz_zone_get_latitude (zone));
      west = MIN (west, pz_zone_get_longitude (zone));
      east = MAX (east, pz_zone_get_longitude (zone));
    }

  /* A single zone still gets a province-sized surrounding. */
  if (north - south < 4)
    south -= 2, north += 2;
  if (east - west < 4)
    west -= 2, east += 2;

  zoom = pz_view_fit_zoom (south, west, north, east, width, height - top, FIT_PADDING);
  zoom = CLAMP (zoom, 1, 12);
  centre_y = (pz_mercator_y (south) + pz_mercator_y (north)) / 2.0;
  pz_view_init_centered (view, pz_mercator_latitude (centre_y), (west + east) / 2.0, zoom, width, height, scale);
  /* Shift down by half the title band so the zones sit below it. */
  view->origin_y -= top / 2.0;
}

typedef struct
{
  GOutputStream *stream;
  GByteArray    *buffer;  /* set: collect the output here instead */
  GError        *error;
} StreamClosure;

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  StreamClosure *sc = closure;

  if (sc->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (sc->buffer != NULL)
    g_byte_array_append (sc->buffer, data, length);
  else if (!g_output_stream_write_all (sc->stream, data, length, NULL, NULL, &sc->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* cairo draws SVG text as glyph outlines; a <title> and <desc> give the
 * map's title and legend as text to screen readers, search and anyone
 * reading the file. */
static void
write_svg_with_text (StreamClosure          *closure,
                     PzMapComposition       *map,
                     const PzMapDecorations *decorations)
{
  g_autoptr(GString) desc = g_string_new (NULL);
  g_autofree char *title = g_markup_escape_text (decorations->title != NULL ? decorations->title : "", -1);
  g_autofree char *escaped = NULL;
  g_autofree char *inserted = NULL;
  const char *svg = (const char *) closure->buffer->data;
  const char *open = g_strstr_len (svg, closure->buffer->len, "<svg");
  const char *end = open != NULL ? strchr (open, '>') : NULL;
  PzLegendSpec spec;
  gsize head;

  if (pz_map_composition_legend_init (map, &spec))
    {
      g_string_append (desc, spec.title);
      for (guint i = 0; i < spec.n_rows; i++)
        {
          g_autofree char *row = spec.row_text (i, spec.data);

          g_string_append_printf (desc, "%s%s", i == 0 ? ": " : "; ", row);
        }
    }
  escaped = g_markup_escape_text (desc->str, -1);
  inserted = g_strdup_printf ("\n<title>%s</title>\n<desc>%s</desc>", title, escaped);

  head = end != NULL ? (gsize) (end - svg) + 1 : 0;
  if (g_output_stream_write_all (closure->stream, svg, head, NULL, NULL, &closure->error) &&
      g_output_stream_write_all (closure->stream, inserted, strlen (inserted), NULL, NULL, &closure->error))
    g_output_stream_write_all (closure->stream, svg + head, closure->buffer->len - head, NULL, NULL, &closure->error);
}

gboolean
_pz_export_fail (GError    **error,
              GError     *local_error,
              GFile      *file)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, local_error->domain, local_error->code,
               _("Cannot write “%s”: %s"), name, local_error->message);
  g_error_free (local_error);
  return FALSE;
}

/**
 * _pz_export_open:
 * @overwrite: replace an existing file; else an existing file is an error
 *
 * Opens @file for an atomic write: the data goes to a temporary file that
 * replaces @file only when the stream closes without error.
 */
GFileOutputStream *
_pz_export_open (GFile     *file,
                gboolean   overwrite,
                GError   **error)
{
  GError *local_error = NULL;
  GFileOutputStream *stream;
  gboolean existed;

  if (!overwrite && g_file_query_exists (file, NULL))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already exists; choose another name or allow replacing it (--force)"), name);
      return NULL;
    }

  /* GIO writes a new file in place and replaces an existing one through a
   * temporary file; remember which, so that a failure can remove a new
   * file's partial content too. */
  existed = g_file_query_exists (file, NULL);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, &local_error);
  if (stream == NULL)
    _pz_export_fail (error, local_error, file);
  else
    g_object_set_data (G_OBJECT (stream), "pz-new-file", GINT_TO_POINTER (!existed));
  return stream;
}

/* Closes the stream, keeping the new file only if everything was written. */
gboolean
_pz_export_close (GFileOutputStream  *stream,
                 GFile              *file,
                 GError             *write_error,
                 GError            **error)
{
  GError *local_error = NULL;

  if (write_error != NULL)
    {
      g_autoptr(GCancellable) cancel = g_cancellable_new ();

      /* A cancelled close discards the temporary file, so the old file
       * stays; a file that did not exist before is removed. */
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
      if (g_object_get_data (G_OBJECT (stream), "pz-new-file"))
        g_file_delete (file, NULL, NULL);
      return _pz_export_fail (error, write_error, file);
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    {
      if (g_object_get_data (G_OBJECT (stream), "pz-new-file"))
        g_file_delete (file, NULL, NULL);
      return _pz_export_fail (error, local_error, file);
    }
  return TRUE;
}

static cairo_surface_t *
create_surface (const PzImageOptions *options,
                StreamClosure        *closure,
                double                scale)
{
  switch (options->format)
    {
    case PZ_IMAGE_SVG:
      return cairo_svg_surface_create_for_stream (write_to_stream, closure, options->width, options->height);

    case PZ_IMAGE_PDF:
      return cairo_pdf_surface_create_for_stream (write_to_stream, closure, options->width, options->height);

    case PZ_IMAGE_PNG:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, options->width, options->height);
    }
}

/**
 * pz_export_image:
 * @map: what to draw, e.g. a copy of what the screen shows
 *
 * Returns: %TRUE if @file was written; else @error says why and no partial
 *   file is left
 */
gboolean
pz_export_image (PzMapComposition      *map,
                 const PzImageOptions  *options,
                 GFile                 *file,
                 gboolean               overwrite,
                 GError               **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  StreamClosure closure = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  double scale = 1;
  PzView view;

  g_return_val_if_fail (map != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (options->width < 16 || options->height < 16 || options->width > 20000 || options->height > 20000)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("An image must be between 16 and 20000 pixels wide and high, not %d × %d"),
                   options->width, options->height);
      return FALSE;
    }

  if (options->format == PZ_IMAGE_PNG)
    scale = MAX (1.0, round (options->width / LOGICAL_WIDTH));
  export_view (map, options, scale, &view);

  if (!(stream = _pz_export_open (file, overwrite, error)))
    return FALSE;
  closure.stream = G_OUTPUT_STREAM (stream);
  if (options->format == PZ_IMAGE_SVG)
    closure.buffer = g_byte_array_new ();

  surface = create_surface (options, &closure, scale);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  pz_map_render (map, &options->decorations, cr, &view);
  cairo_destroy (cr);

  if (options->format == PZ_IMAGE_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_to_stream, &closure);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS && closure.error == NULL)
    g_set_error_literal (&closure.error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
  if (closure.buffer != NULL)
    {
      if (closure.error == NULL)
        write_svg_with_text (&closure, map, &options->decorations);
      g_byte_array_unref (closure.buffer);
    }

  return _pz_export_close (stream, file, closure.error, error);
}

/**
 * pz_export_default_subtitle:
 * @data_date: (nullable): the date of the data, or %NULL when unknown
 *
 * Returns: (transfer full): e.g. "12 zones shown · data as of 2022-11-14",
 *   without the date part when the date is not known
 */
char *
pz_export_default_subtitle (guint       n_zones,
                            const char *data_date)
{
  /* Translators: subtitle of exported maps */
  g_autofree char *shown = g_strdup_printf (ngettext ("%u zone shown", "%u zones shown", n_zones), n_zones);

  if (data_date == NULL || *data_date == '\0')
    return g_steal_pointer (&shown);
  /* Translators: subtitle of exported maps, e.g. "12 zones shown · data as of 2022-11-14" */
  return g_strdup_printf (_("%s · data as of %s"), shown, data_date);
}
