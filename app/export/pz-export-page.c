/* pz-export-page.c
 *
 * The page of an image export — paper or pixels, and a resolution — and
 * what a file records of it: a PNG's resolution and text chunks, an SVG's
 * text as <text> elements.
 *
 * Drawing code works in logical pixels of 1/96 inch and sets text in
 * points (Pango's 96 dpi), so a page maps to a file by one scale: dpi/96
 * for PNG pixels, 72/96 for PDF and SVG points. Legend text of 9 pt is
 * 9 pt on paper at 150, 300 or 600 dpi.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-export-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pz-export-private.h"

/* Raster pages wider than this get more pixels per logical pixel, so that
 * a 4K image shows the map of a large screen in sharper detail rather
 * than more of the world in tiny print; the resolution grows smoothly. */
#define LOGICAL_WIDTH 1600.0
#define MAX_PIXELS 20000

static const struct
{
  const char *name;
  double      width;   /* points, portrait */
  double      height;
} papers[] = {
  [PZ_PAPER_NONE] = { NULL, 0, 0 },
  [PZ_PAPER_A3] = { "A3", 841.89, 1190.55 },
  [PZ_PAPER_A4] = { "A4", 595.28, 841.89 },
  [PZ_PAPER_A5] = { "A5", 419.53, 595.28 },
  [PZ_PAPER_LETTER] = { "Letter", 612, 792 },
};

gboolean
pz_paper_from_name (const char *name,
                    PzPaper    *paper)
{
  for (guint i = PZ_PAPER_A3; name != NULL && i < G_N_ELEMENTS (papers); i++)
    if (g_ascii_strcasecmp (name, papers[i].name) == 0)
      {
        *paper = (PzPaper) i;
        return TRUE;
      }
  return FALSE;
}

const char *
pz_paper_to_name (PzPaper paper)
{
  g_return_val_if_fail (paper < G_N_ELEMENTS (papers), NULL);
  return papers[paper].name;
}

/**
 * pz_export_page_init:
 *
 * Returns: %FALSE if the page would be too small or too large
 */
gboolean
pz_export_page_init (PzExportPage          *page,
                     const PzImageOptions  *options,
                     GError               **error)
{
  gboolean raster = options->format == PZ_IMAGE_PNG;

  if (options->paper != PZ_PAPER_NONE)
    {
      double w = papers[options->paper].width, h = papers[options->paper].height;
      double points_w = options->landscape ? h : w, points_h = options->landscape ? w : h;

      page->dpi = options->dpi > 0 ? options->dpi : 300;
      if (raster)
        {
          page->device_width = round (points_w * page->dpi / 72);
          page->device_height = round (points_h * page->dpi / 72);
          page->scale = page->dpi / 96;
        }
      else
        {
          page->device_width = points_w;
          page->device_height = points_h;
          page->scale = 72.0 / 96;
        }
    }
  else if (raster)
    {
      page->dpi = options->dpi > 0 ? options->dpi : 96 * MAX (1.0, options->width / LOGICAL_WIDTH);
      page->device_width = options->width;
      page->device_height = options->height;
      page->scale = page->dpi / 96;
    }
  else
    {
      /* SVG and PDF pages of pixels: CSS pixels of 1/96 inch. */
      page->dpi = 96;
      page->device_width = options->width * 0.75;
      page->device_height = options->height * 0.75;
      page->scale = 0.75;
    }

  /* A map the size of the screen's, with its title band above it. */
  if (options->paper == PZ_PAPER_NONE && options->size_is_frame && options->decorations.title != NULL)
    page->device_height += round (PZ_MAP_TITLE_HEIGHT * page->scale);

  page->width = page->device_width / page->scale;
  page->height = page->device_height / page->scale;

  if (page->device_width < 16 || page->device_height < 16 ||
      page->device_width > MAX_PIXELS || page->device_height > MAX_PIXELS)
    {
      if (options->paper != PZ_PAPER_NONE)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                     _("%s at %g dpi would be %.0f × %.0f pixels; the most is %d"),
                     papers[options->paper].name, page->dpi, page->device_width, page->device_height, MAX_PIXELS);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                     _("An image must be between 16 and 20000 pixels wide and high, not %d × %d"),
                     options->width, options->height);
      return FALSE;
    }
  return TRUE;
}

/* CRC-32 of PNG chunks (ISO 3309, as in the PNG specification's annex). */
static guint32
png_crc (const guint8 *data,
         gsize         length,
         guint32       crc)
{
  static guint32 table[256];
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      for (guint32 n = 0; n < 256; n++)
        {
          guint32 c = n;

          for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
          table[n] = c;
        }
      g_once_init_leave (&ready, 1);
    }
  for (gsize i = 0; i < length; i++)
    crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
  return crc;
}

static void
append_chunk (GByteArray   *out,
              const char   *type,
              const guint8 *data,
              gsize         length)
{
  guint32 be = GUINT32_TO_BE ((guint32) length);
  guint32 crc = png_crc ((const guint8 *) type, 4, 0xffffffffu);

  crc = png_crc (data, length, crc) ^ 0xffffffffu;
  g_byte_array_append (out, (const guint8 *) &be, 4);
  g_byte_array_append (out, (const guint8 *) type, 4);
  g_byte_array_append (out, data, (guint) length);
  be = GUINT32_TO_BE (crc);
  g_byte_array_append (out, (const guint8 *) &be, 4);
}

/* A text chunk: tEXt when the text is Latin-1 (here: ASCII), else iTXt in
 * UTF-8, which PNG readers show the same way. */
static void
append_text_chunk (GByteArray *out,
                   const char *keyword,
                   const char *text)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  gboolean ascii = TRUE;

  for (const char *p = text; *p != '\0'; p++)
    ascii = ascii && (guchar) *p < 0x80;
  g_byte_array_append (data, (const guint8 *) keyword, (guint) strlen (keyword) + 1);
  if (!ascii)
    /* compression flag, method, empty language tag, empty translated keyword */
    g_byte_array_append (data, (const guint8 *) "\0\0\0\0", 4);
  g_byte_array_append (data, (const guint8 *) text, (guint) strlen (text));
  append_chunk (out, ascii ? "tEXt" : "iTXt", data->data, data->len);
}

/**
 * _pz_export_png_add_chunks:
 * @png: a PNG file as cairo writes it (signature, then IHDR)
 *
 * Adds the resolution (pHYs) and the title, source and date as text
 * chunks after the header.
 */
void
_pz_export_png_add_chunks (GByteArray *png,
                           double      dpi,
                           const char *title,
                           const char *source,
                           const char *date)
{
  g_autoptr(GByteArray) chunks = g_byte_array_new ();
  guint32 ppm = GUINT32_TO_BE ((guint32) round (dpi / 0.0254));
  guint8 phys[9];
  gsize after_header = 8 + 12 + 13;  /* signature, IHDR (length, type, 13 bytes, CRC) */

  g_return_if_fail (png->len > after_header && memcmp (png->data + 12, "IHDR", 4) == 0);

  memcpy (phys, &ppm, 4);
  memcpy (phys + 4, &ppm, 4);
  phys[8] = 1;  /* unit: metre */
  append_chunk (chunks, "pHYs", phys, sizeof phys);
  if (title != NULL)
    append_text_chunk (chunks, "Title", title);
  if (source != NULL)
    append_text_chunk (chunks, "Source", source);
  if (date != NULL)
    append_text_chunk (chunks, "Creation Time", date);

  g_byte_array_set_size (png, png->len + chunks->len);
  memmove (png->data + after_header + chunks->len, png->data + after_header,
           png->len - chunks->len - after_header);
  memcpy (png->data + after_header, chunks->data, chunks->len);
}

/* SVG text: cairo 1.16 writes text as glyph outlines, which no editor
 * can change. The legend, title, scale and attribution are collected here
 * instead and written as <text> elements in their own group. */
static void
svg_text_sink (cairo_t     *cr,
               PangoLayout *layout,
               gpointer     data)
{
  GString *svg = data;
  const PangoFontDescription *font = pango_layout_get_font_description (layout);
  const char *family = font != NULL ? pango_font_description_get_family (font) : NULL;
  double size = font != NULL ? pango_font_description_get_size (font) / (double) PANGO_SCALE : 10;
  double x = 0, y = 0, size_x, size_y = 0, red = 0, green = 0, blue = 0, alpha = 1;
  g_autofree char *text = NULL;
  char xs[G_ASCII_DTOSTR_BUF_SIZE], ys[G_ASCII_DTOSTR_BUF_SIZE], ss[G_ASCII_DTOSTR_BUF_SIZE];
  char fills[32];

  if (cairo_has_current_point (cr))
    cairo_get_current_point (cr, &x, &y);
  y += pango_layout_get_baseline (layout) / (double) PANGO_SCALE;
  cairo_user_to_device (cr, &x, &y);
  /* Pango sets points at 96 dpi: 1 pt is 96/72 user units. */
  size_x = size * 96 / 72;
  cairo_user_to_device_distance (cr, &size_x, &size_y);
  cairo_pattern_get_rgba (cairo_get_source (cr), &red, &green, &blue, &alpha);
  g_snprintf (fills, sizeof fills, "#%02x%02x%02x", (int) round (red * 255), (int) round (green * 255),
              (int) round (blue * 255));
  text = g_markup_escape_text (pango_layout_get_text (layout), -1);

  g_string_append_printf (svg, "<text x=\"%s\" y=\"%s\" font-size=\"%s\" font-family=\"%s, sans-serif\"%s "
                          "fill=\"%s\">%s</text>\n",
                          g_ascii_formatd (xs, sizeof xs, "%.2f", x), g_ascii_formatd (ys, sizeof ys, "%.2f", y),
                          g_ascii_formatd (ss, sizeof ss, "%.2f", hypot (size_x, size_y)),
                          family != NULL ? family : "Sans",
                          font != NULL && pango_font_description_get_weight (font) >= PANGO_WEIGHT_BOLD
                            ? " font-weight=\"bold\"" : "",
                          fills, text);
}

/**
 * _pz_export_svg_collect_text:
 * @text: where the <text> elements go
 */
void
_pz_export_svg_collect_text (cairo_surface_t *surface,
                             GString         *text)
{
  pz_cairo_set_text_sink (surface, svg_text_sink, text);
}

/**
 * _pz_export_svg_add_text:
 * @svg: the SVG file cairo wrote
 *
 * Puts the collected text in a group before the end of the drawing, in
 * the language of the user interface.
 */
void
_pz_export_svg_add_text (GByteArray *svg,
                         GString    *text)
{
  const char *lang = pango_language_to_string (pango_language_get_default ());
  g_autofree char *group = g_strdup_printf ("<g id=\"text\" xml:lang=\"%s\">\n%s</g>\n",
                                            lang != NULL && g_strcmp0 (lang, "c") != 0 ? lang : "en", text->str);
  const char *end = g_strrstr_len ((const char *) svg->data, svg->len, "</svg>");
  gsize at = end != NULL ? (gsize) (end - (const char *) svg->data) : svg->len;
  gsize n = strlen (group);

  g_byte_array_set_size (svg, svg->len + n);
  memmove (svg->data + at + n, svg->data + at, svg->len - n - at);
  memcpy (svg->data + at, group, n);
}
