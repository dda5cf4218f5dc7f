/* pz-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pz-chart.h"
#include "pz-map-render.h"
#include "pz-zone-filter.h"

G_BEGIN_DECLS

typedef enum
{
  PZ_IMAGE_PNG,
  PZ_IMAGE_SVG,
  PZ_IMAGE_PDF,
} PzImageFormat;

typedef enum
{
  PZ_DATA_CSV,
  PZ_DATA_GEOJSON,
  PZ_DATA_GPKG,
} PzDataFormat;

/* Paper sizes; NONE: a page of pixels. */
typedef enum
{
  PZ_PAPER_NONE,
  PZ_PAPER_A3,
  PZ_PAPER_A4,
  PZ_PAPER_A5,
  PZ_PAPER_LETTER,
} PzPaper;

/* An export is a page: a paper size (portrait or landscape) or a size in
 * pixels, and a resolution. */
typedef struct
{
  PzImageFormat     format;
  PzPaper           paper;
  gboolean          landscape;
  int               width;        /* pixels, for a page of pixels */
  int               height;
  gboolean          size_is_frame; /* width × height is the map; the title band adds to it */
  double            dpi;          /* 0: 300 on paper, else from the width */
  PzMapDecorations  decorations;
  const char       *source;       /* PNG "Source", PDF "Creator"; NULL: the app */
} PzImageOptions;

/* A page as drawn: logical pixels (1/96 inch, the unit of the drawing
 * code) and the device units of the file (PNG pixels, PDF/SVG points). */
typedef struct
{
  double width;
  double height;
  double device_width;
  double device_height;
  double scale;                   /* device units per logical pixel */
  double dpi;
} PzExportPage;

void      pz_image_options_init          (PzImageOptions  *options);
gboolean  pz_image_format_from_name      (const char      *name,
                                          PzImageFormat   *format);
gboolean  pz_data_format_from_name       (const char      *name,
                                          PzDataFormat    *format);
gboolean  pz_paper_from_name             (const char      *name,
                                          PzPaper         *paper);
const char *pz_paper_to_name             (PzPaper          paper);
gboolean  pz_export_page_init            (PzExportPage    *page,
                                          const PzImageOptions *options,
                                          GError         **error);
char     *pz_export_default_title        (const char      *description);
gboolean  pz_export_image                (PzMapComposition *map,
                                          const PzImageOptions *options,
                                          GFile           *file,
                                          gboolean         overwrite,
                                          GError         **error);
gboolean  pz_export_chart                (PzChart         *chart,
                                          const PzImageOptions *options,
                                          GFile           *file,
                                          gboolean         overwrite,
                                          GError         **error);
void      pz_export_draw_preview         (PzMapComposition *map,
                                          const PzImageOptions *options,
                                          cairo_t         *cr,
                                          double           width,
                                          double           height);
gboolean  pz_export_data                 (GListModel      *zones,
                                          GListModel      *parks,
                                          PzDataFormat     format,
                                          gboolean         bom,
                                          GFile           *file,
                                          gboolean         overwrite,
                                          GError         **error);

G_END_DECLS
