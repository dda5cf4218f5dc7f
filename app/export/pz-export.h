/* pz-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

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

typedef struct
{
  PzImageFormat     format;
  int               width;        /* pixels (PNG) or points (SVG, PDF) */
  int               height;
  PzMapDecorations  decorations;
} PzImageOptions;

void      pz_image_options_init          (PzImageOptions  *options);
gboolean  pz_image_format_from_name      (const char      *name,
                                          PzImageFormat   *format);
gboolean  pz_data_format_from_name       (const char      *name,
                                          PzDataFormat    *format);
char     *pz_export_default_title        (const char      *description);
char     *pz_export_default_subtitle     (guint            n_zones,
                                          const char      *data_date);
gboolean  pz_export_image                (PzMapComposition *map,
                                          const PzImageOptions *options,
                                          GFile           *file,
                                          gboolean         overwrite,
                                          GError         **error);
gboolean  pz_export_data                 (GListModel      *zones,
                                          PzDataFormat     format,
                                          gboolean         bom,
                                          GFile           *file,
                                          gboolean         overwrite,
                                          GError         **error);

G_END_DECLS
