/* pz-export.c
 *
 * The current view as a PNG, SVG or PDF image, drawn at the target
 * resolution by the screen's own drawing functions: vectors stay vectors
 * in SVG and PDF. The whole file is rendered in memory first, then
 * written by _pz_export_write(): a failed or interrupted export leaves the
 * old file, or none, and never a partial one.
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
#include "pz-chart.h"
#include "pz-map-render.h"
#include "pz-projection.h"
#include "pz-zone-draw.h"

/* The width of map a view's zoom refers to when the view does not say
 * (a zoom from the command line): the same area at any page size. */
#define REFERENCE_WIDTH 1600.0
#define FIT_PADDING 48.0
/* Blank paper around the map frame: 10 mm in logical pixels. */
#define PAPER_MARGIN (10 / 25.4 * 96)

/* China's extent, from Mohe to Hainan and from the Pamirs to the Wusuli:
 * a national map shows all of it, not only the zones' cities. */
#define CHINA_SOUTH 18.0
#define CHINA_NORTH 53.6
#define CHINA_WEST 73.5
#define CHINA_EAST 135.1

void
pz_image_options_init (PzImageOptions *options)
{
  *options = (PzImageOptions) {
    .format = PZ_IMAGE_PNG,
    .paper = PZ_PAPER_NONE,
    .landscape = TRUE,
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

/* In the province modes the map is about provinces: the frame holds the
 * outlines of the provinces of the zones shown, not only their cities. */
static gboolean
province_bounds (PzMapComposition *map,
                 double           *south,
                 double           *west,
                 double           *north,
                 double           *east)
{
  PzBasemap *basemap = pz_database_get_basemap (pz_map_composition_get_database (map));
  GListModel *zones = pz_map_composition_get_zones (map);
  gboolean found = FALSE;

  if (pz_map_composition_get_mode (map) == PZ_MAP_MODE_ZONES)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      double bounds[4];

      if (!pz_basemap_get_province_bounds (basemap, pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE), bounds))
        continue;
      *south = MIN (*south, bounds[0]);
      *west = MIN (*west, bounds[1]);
      *north = MAX (*north, bounds[2]);
      *east = MAX (*east, bounds[3]);
      found = TRUE;
    }
  return found;
}

/* The view of the map frame: the composition's view showing the same
 * area whatever the frame's size, or the zones shown fitted in it. */
static void
export_view (PzMapComposition        *map,
             const cairo_rectangle_t *frame,
             double                   scale,
             PzView                  *view)
{
  GListModel *shown = pz_map_composition_get_zones (map);
  GListModel *zones = g_list_model_get_n_items (shown) > 0
                      ? shown : pz_database_get_zones (pz_map_composition_get_database (map));
  double south = 90, west = 180, north = -90, east = -180;
  double latitude, longitude, zoom, view_width, centre_y;

  if (pz_map_composition_get_view (map, &latitude, &longitude, &zoom, &view_width))
    {
      zoom += log2 (frame->width / (view_width > 0 ? view_width : REFERENCE_WIDTH));
      pz_view_init_centered (view, latitude, longitude, zoom, frame->width, frame->height, scale);
      return;
    }

  if (!province_bounds (map, &south, &west, &north, &east))
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

  /* A single zone still gets a province-sized surrounding; zones across
   * the country get the whole country. */
  if (north - south < 4)
    south -= 2, north += 2;
  if (east - west < 4)
    west -= 2, east += 2;
  if (east - west > 25 || north - south > 15)
    {
      south = MIN (south, CHINA_SOUTH);
      north = MAX (north, CHINA_NORTH);
      west = MIN (west, CHINA_WEST);
      east = MAX (east, CHINA_EAST);
    }

  zoom = pz_view_fit_zoom (south, west, north, east, frame->width, frame->height, FIT_PADDING);
  zoom = CLAMP (zoom, 1, 12);
  centre_y = (pz_mercator_y (south) + pz_mercator_y (north)) / 2.0;
  pz_view_init_centered (view, pz_mercator_latitude (centre_y), (west + east) / 2.0, zoom,
                         frame->width, frame->height, scale);
}

/* The latest date the data speaks of: an approval or an end, or the date
 * the database gives, whichever is later (ISO dates compare as text). */
static const char *
latest_data_date (PzDatabase *database)
{
  GListModel *zones = pz_database_get_zones (database);
  const char *latest = pz_database_get_data_date (database);

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      const char *dates[] = { pz_zone_get_text (zone, PZ_ZONE_APPROVED), pz_zone_get_text (zone, PZ_ZONE_ENDED) };

      for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
        if (dates[d] != NULL && g_ascii_isdigit (dates[d][0]) && g_strcmp0 (dates[d], latest) > 0)
          latest = dates[d];
    }
  return latest;
}

/* "12 of 178 zones · Batch 5 · data as of 2025-04": the zones inside the
 * frame when it holds fewer than the filter shows. */
static char *
frame_subtitle (PzMapComposition *map,
                const PzView     *view)
{
  GListModel *zones = pz_map_composition_get_zones (map);
  const char *description = pz_map_composition_get_description (map);
  const char *date = latest_data_date (pz_map_composition_get_database (map));
  guint n = g_list_model_get_n_items (zones), inside = 0;
  g_autofree char *count = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      double x, y;

      if (!pz_zone_has_location (zone))
        continue;
      pz_view_project (view, pz_zone_get_latitude (zone), pz_zone_get_longitude (zone), &x, &y);
      inside += x >= 0 && x <= view->width && y >= 0 && y <= view->height;
    }

  if (inside < n)
    /* Translators: subtitle of exported maps, zones inside the map of those the filter shows */
    count = g_strdup_printf (ngettext ("%u of %u zone", "%u of %u zones", n), inside, n);
  else
    /* Translators: subtitle of exported maps */
    count = g_strdup_printf (ngettext ("%u zone", "%u zones", n), n);

  if (date == NULL)
    /* Translators: subtitle of exported maps: count and filter, the data's date unknown */
    return description != NULL ? g_strdup_printf (_("%s · %s"), count, description) : g_steal_pointer (&count);
  if (description != NULL)
    /* Translators: subtitle of exported maps: count, filter, date */
    return g_strdup_printf (_("%s · %s · data as of %s"), count, description, date);
  /* Translators: subtitle of exported maps: count and date */
  return g_strdup_printf (_("%s · data as of %s"), count, date);
}

typedef struct
{
  GByteArray    *buffer;  /* the whole file, before it is written */
} StreamClosure;

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  StreamClosure *sc = closure;

  g_byte_array_append (sc->buffer, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* cairo draws SVG text as glyph outlines; a <title> and <desc> give the
 * map's title and legend as text to screen readers, search and anyone
 * reading the file. They go in after the opening <svg ...> tag. */
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
  const char *end = open != NULL ? memchr (open, '>', closure->buffer->len - (gsize) (open - svg)) : NULL;
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
  g_byte_array_set_size (closure->buffer, closure->buffer->len + strlen (inserted));
  memmove (closure->buffer->data + head + strlen (inserted), closure->buffer->data + head,
           closure->buffer->len - strlen (inserted) - head);
  memcpy (closure->buffer->data + head, inserted, strlen (inserted));
}

static cairo_surface_t *
create_surface (const PzImageOptions *options,
                const PzExportPage   *page,
                StreamClosure        *closure)
{
  switch (options->format)
    {
    case PZ_IMAGE_SVG:
      return cairo_svg_surface_create_for_stream (write_to_stream, closure, page->device_width, page->device_height);

    case PZ_IMAGE_PDF:
      return cairo_pdf_surface_create_for_stream (write_to_stream, closure, page->device_width, page->device_height);

    case PZ_IMAGE_PNG:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) page->device_width, (int) page->device_height);
    }
}

/* The page's decorations (a margin on paper, the subtitle from the zones
 * in the frame) and the view of its map frame. Returns the subtitle it
 * made, for the caller to free. */
static char *
layout_page (PzMapComposition     *map,
             const PzImageOptions *options,
             const PzExportPage   *page,
             double                scale,
             PzMapDecorations     *decorations,
             PzView               *view)
{
  cairo_rectangle_t frame;

  if (options->paper != PZ_PAPER_NONE)
    decorations->margin = MAX (decorations->margin, PAPER_MARGIN);
  pz_map_layout_frame (decorations, page->width, page->height, &frame);
  export_view (map, &frame, scale, view);
  if (decorations->title == NULL || decorations->subtitle != NULL)
    return NULL;
  return (char *) (decorations->subtitle = frame_subtitle (map, view));
}

/**
 * pz_export_draw_preview:
 * @cr: where to draw, @width × @height in its user space
 *
 * Draws the page an export with @options would write, scaled to fit and
 * centred: the same layout, view, legend and subtitle.
 */
void
pz_export_draw_preview (PzMapComposition     *map,
                        const PzImageOptions *options,
                        cairo_t              *cr,
                        double                width,
                        double                height)
{
  PzMapDecorations decorations = options->decorations;
  g_autofree char *subtitle = NULL;
  PzExportPage page;
  PzView view;
  double fit;

  g_return_if_fail (map != NULL);

  if (!pz_export_page_init (&page, options, NULL))
    return;
  fit = MIN (width / page.width, height / page.height);
  subtitle = layout_page (map, options, &page, fit, &decorations, &view);

  cairo_save (cr);
  cairo_translate (cr, round ((width - page.width * fit) / 2), round ((height - page.height * fit) / 2));
  cairo_scale (cr, fit, fit);
  cairo_rectangle (cr, 0, 0, page.width, page.height);
  cairo_clip (cr);
  pz_map_render_page (map, &decorations, cr, page.width, page.height, &view);
  cairo_restore (cr);
}

/**
 * _pz_export_render_page:
 * @draw: draws what the page shows (a map, a chart, a comparison) in
 *   logical pixels
 * @map: (nullable): the map drawn, whose legend an SVG describes
 *
 * Renders a page in memory — PDF metadata, PNG chunks, SVG text as
 * <text> — and writes it whole.
 */
gboolean
_pz_export_render_page (const PzImageOptions *options,
                        const PzExportPage   *page,
                        const char           *title,
                        const char           *subtitle,
                        PzExportDrawPage      draw,
                        gpointer              data,
                        PzMapComposition     *map,
                        GFile                *file,
                        gboolean              overwrite,
                        GError              **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autoptr(GString) svg_text = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format_iso8601 (now);
  const char *source = options->source != NULL ? options->source : _("Pilot Zones");
  StreamClosure closure = { buffer };
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  surface = create_surface (options, page, &closure);
  if (options->format == PZ_IMAGE_PDF)
    {
      if (title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      if (subtitle != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subtitle);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, source);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, _("Pilot Zones"));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
    }
  else if (options->format == PZ_IMAGE_SVG)
    _pz_export_svg_collect_text (surface, svg_text);

  cr = cairo_create (surface);
  cairo_scale (cr, page->scale, page->scale);
  draw (cr, (PzExportPage *) page, data);
  cairo_destroy (cr);

  if (options->format == PZ_IMAGE_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_to_stream, &closure);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write “%s”: %s"), name,
                   cairo_status_to_string (status));
      return FALSE;
    }
  if (options->format == PZ_IMAGE_SVG)
    {
      _pz_export_svg_add_text (buffer, svg_text);
      if (map != NULL)
        write_svg_with_text (&closure, map, &options->decorations);
    }
  else if (options->format == PZ_IMAGE_PNG)
    _pz_export_png_add_chunks (buffer, page->dpi, title, source, date);

  return _pz_export_write (file, buffer->data, buffer->len, overwrite, error);
}

typedef struct
{
  PzMapComposition *map;
  PzMapDecorations *decorations;
  PzView           *view;
} MapPage;

static void
draw_map_page (cairo_t      *cr,
               PzExportPage *page,
               gpointer      data)
{
  MapPage *map_page = data;

  pz_map_render_page (map_page->map, map_page->decorations, cr, page->width, page->height, map_page->view);
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
  PzMapDecorations decorations = options->decorations;
  g_autofree char *subtitle = NULL;
  PzExportPage page;
  PzView view;
  MapPage map_page = { map, &decorations, &view };

  g_return_val_if_fail (map != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!pz_export_page_init (&page, options, error))
    return FALSE;

  /* Fail early, not after a long render, when the name is taken. */
  if (!_pz_export_check_target (file, overwrite, error))
    return FALSE;

  subtitle = layout_page (map, options, &page, page.scale, &decorations, &view);
  return _pz_export_render_page (options, &page, decorations.title, decorations.subtitle, draw_map_page,
                                 &map_page, map, file, overwrite, error);
}

static void
draw_chart_page (cairo_t      *cr,
                 PzExportPage *page,
                 gpointer      data)
{
  pz_chart_draw (data, cr, page->width, page->height, pz_map_style_get (FALSE));
}

/**
 * pz_export_chart:
 * @chart: a statistics chart
 *
 * Writes @chart alone on a page of @options (paper or pixels, a
 * resolution), as the statistics view draws it, in light colours.
 *
 * Returns: %TRUE if @file was written; else @error says why
 */
gboolean
pz_export_chart (PzChart               *chart,
                 const PzImageOptions  *options,
                 GFile                 *file,
                 gboolean               overwrite,
                 GError               **error)
{
  PzExportPage page;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!pz_export_page_init (&page, options, error) || !_pz_export_check_target (file, overwrite, error))
    return FALSE;
  return _pz_export_render_page (options, &page, pz_chart_get_title (chart), NULL, draw_chart_page, chart,
                                 NULL, file, overwrite, error);
}
