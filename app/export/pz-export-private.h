/* pz-export-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-export.h"

G_BEGIN_DECLS

/* What a page shows: a map composition, a chart, a comparison. */
typedef void (*PzExportDrawPage) (cairo_t      *cr,
                                  PzExportPage *page,
                                  gpointer      data);

gboolean  _pz_export_render_page (const PzImageOptions *options,
                                  const PzExportPage   *page,
                                  const char           *title,
                                  const char           *subtitle,
                                  PzExportDrawPage      draw,
                                  gpointer              data,
                                  PzMapComposition     *map,
                                  GFile                *file,
                                  gboolean              overwrite,
                                  GError              **error);

gboolean  _pz_export_check_target (GFile   *file,
                                   gboolean overwrite,
                                   GError **error);
gboolean  _pz_export_write (GFile          *file,
                            const guint8   *data,
                            gsize           size,
                            gboolean        overwrite,
                            GError        **error);
gboolean  _pz_export_fail  (GError        **error,
                            GError         *local_error,
                            GFile          *file);
void      _pz_export_png_add_chunks   (GByteArray      *png,
                                       double           dpi,
                                       const char      *title,
                                       const char      *source,
                                       const char      *date);
void      _pz_export_svg_collect_text (cairo_surface_t *surface,
                                       GString         *text);
void      _pz_export_svg_add_text     (GByteArray      *svg,
                                       GString         *text);

G_END_DECLS
