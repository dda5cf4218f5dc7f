/* pz-map-style.c
 *
 * Colours of the map. Batches use the Okabe–Ito palette, which stays
 * distinguishable for colour-blind readers; the order puts dark and light
 * hues next to each other so neighbouring batches also differ in greyscale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-map-style"

#include "config.h"

#include <pango/pangocairo.h>

#include "pz-map-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

static const PzMapStyle light_style = {
  .id = "light",
  .sea = RGB (0xb4d2e7),
  .land = RGB (0xe9e5dc),
  .china = RGB (0xfbf9f4),
  .province_line = RGB (0xb6a99c),
  .border_line = RGB (0x8c8279),
  .coast_line = RGB (0x8fb3cc),
  .label = RGB (0x5e544b),
  .label_halo = RGB (0xffffff),
  .marker_outline = RGB (0x202020),
  .marker_ended_fill = RGB (0xffffff),
  .selection = RGB (0x1c71d8),
  .park = RGB (0x295a78),
  .panel = { 1.0, 1.0, 1.0, 0.92 },
  .panel_text = RGB (0x2e3436),
  .river = RGB (0x9cc3de),
  .urban = RGB (0xf1e9dc),
};

static const PzMapStyle dark_style = {
  .id = "dark",
  .sea = RGB (0x1d2b3a),
  .land = RGB (0x3a3936),
  .china = RGB (0x4a4843),
  .province_line = RGB (0x6e6962),
  .border_line = RGB (0x8d877f),
  .coast_line = RGB (0x2f4a63),
  .label = RGB (0xdcd6cc),
  .label_halo = RGB (0x242424),
  /* A light ring: batch 8's black (and the blue of batch 2) would sink
   * into the dark land with a dark one. */
  .marker_outline = RGB (0xdeddda),
  .marker_ended_fill = RGB (0x303030),
  .selection = RGB (0x78aeed),
  /* Light enough to stand out from the dark land, unlike the light blue. */
  .park = RGB (0x9cc7e4),
  .panel = { 0.14, 0.14, 0.14, 0.92 },
  .panel_text = RGB (0xeeeeec),
  .river = RGB (0x34526e),
  .urban = RGB (0x55524c),
};

static const PzColor batch_palette[] = {
  RGB (0xd55e00),  /* vermillion */
  RGB (0x0072b2),  /* blue */
  RGB (0xe69f00),  /* orange */
  RGB (0x009e73),  /* bluish green */
  RGB (0xcc79a7),  /* reddish purple */
  RGB (0x56b4e9),  /* sky blue */
  RGB (0xf0e442),  /* yellow */
  RGB (0x000000),  /* black */
};

const PzMapStyle *
pz_map_style_get (gboolean dark)
{
  return dark ? &dark_style : &light_style;
}

/* Batches are numbered from 1; later batches than the palette has reuse it
 * rather than failing, the legend still tells them apart by number. */
void
pz_batch_color (guint    batch,
                PzColor *color)
{
  *color = batch_palette[(batch > 0 ? batch - 1 : 0) % G_N_ELEMENTS (batch_palette)];
}

void
pz_cairo_set_color (cairo_t       *cr,
                    const PzColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static gboolean
has_han (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
      return TRUE;
  return FALSE;
}

/**
 * pz_cairo_layout_set_text:
 * @layout: a layout from pz_cairo_text_layout()
 *
 * Sets @text, in the language its Chinese characters need.
 */
void
pz_cairo_layout_set_text (PangoLayout *layout,
                          const char  *text)
{
  PangoContext *context = pango_layout_get_context (layout);
  PangoLanguage *language = pango_language_get_default ();
  const PangoScript *scripts;
  int n_scripts = 0;
  gboolean han = FALSE;

  /* Chinese names in Simplified Chinese glyphs: without a language that
   * is known to use Han (the C locale's is not), fontconfig may pick the
   * Japanese face of a CJK font. Only for text with Han in it: digits and
   * punctuation take the context's language, and with Chinese they came
   * from the CJK font (a park cluster's count read 3.6 MiB of it). */
  scripts = pango_language_get_scripts (language, &n_scripts);
  for (int i = 0; scripts != NULL && i < n_scripts; i++)
    han = han || scripts[i] == PANGO_SCRIPT_HAN;
  if (!han && has_han (text))
    language = pango_language_from_string ("zh-cn");
  if (pango_context_get_language (context) != language)
    {
      pango_context_set_language (context, language);
      pango_layout_context_changed (layout);
    }
  pango_layout_set_text (layout, text, -1);
}

/**
 * pz_cairo_text_layout:
 * @text: (nullable): the text, or %NULL to set it later
 *
 * Returns: (transfer full): a layout for @cr in the font @font_name
 */
PangoLayout *
pz_cairo_text_layout (cairo_t    *cr,
                      const char *font_name,
                      const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (font_name);

  pango_context_set_language (pango_layout_get_context (layout), pango_language_get_default ());
  /* Unhinted metrics: text takes the same room on screen, in a PNG and
   * in a PDF, so a page lays out alike in every format. */
  {
    cairo_font_options_t *options = cairo_font_options_create ();

    cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
    cairo_font_options_destroy (options);
  }
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (text != NULL)
    pz_cairo_layout_set_text (layout, text);
  return layout;
}

static cairo_user_data_key_t text_sink_key;

typedef struct
{
  PzTextSink sink;
  gpointer   data;
} TextSink;

/**
 * pz_cairo_set_text_sink:
 * @surface: a surface whose text should not be drawn
 * @sink: called instead, e.g. to write the text as SVG `<text>` elements
 *
 * cairo 1.16 draws SVG text as glyph outlines; a sink lets an exporter
 * keep the text of legends and titles as text.
 */
void
pz_cairo_set_text_sink (cairo_surface_t *surface,
                        PzTextSink       sink,
                        gpointer         data)
{
  TextSink *text_sink = g_new (TextSink, 1);

  *text_sink = (TextSink) { sink, data };
  cairo_surface_set_user_data (surface, &text_sink_key, text_sink, g_free);
}

/**
 * pz_cairo_show_layout:
 *
 * pango_cairo_show_layout() at the current point, or the surface's text
 * sink if it has one. The current point is cleared after: a shape drawn
 * next (cairo_arc() of a marker) would otherwise start with a line from
 * the text, a zero-area sliver that PDF viewers show as a hairline
 * across the map.
 */
void
pz_cairo_show_layout (cairo_t     *cr,
                      PangoLayout *layout)
{
  TextSink *text_sink = cairo_surface_get_user_data (cairo_get_target (cr), &text_sink_key);

  if (text_sink != NULL)
    text_sink->sink (cr, layout, text_sink->data);
  else
    pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}
