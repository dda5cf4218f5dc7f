/* pz-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pz-database.h"
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
  PzImageFormat  format;
  int            width;        /* pixels (PNG) or points (SVG, PDF) */
  int            height;
  gboolean       has_view;     /* else fit the zones shown */
  double         latitude;
  double         longitude;
  double         zoom;         /* for a view @view_width wide */
  double         view_width;   /* the logical width @zoom refers to, or 0 */
  const char    *title;        /* NULL: none */
  const char    *subtitle;
  gboolean       provinces;    /* colour provinces instead of markers */
  gboolean       parks;        /* draw the parks of the zones shown */
  gboolean       legend;
  gboolean       scale_bar;
  gboolean       north_arrow;
  gboolean       attribution;
  gboolean       dark;
} PzImageOptions;

void      pz_image_options_init          (PzImageOptions  *options);
gboolean  pz_image_format_from_name      (const char      *name,
                                          PzImageFormat   *format);
gboolean  pz_data_format_from_name       (const char      *name,
                                          PzDataFormat    *format);
char     *pz_export_default_title        (PzZoneFilter    *filter,
                                          GListModel      *zones);
char     *pz_export_default_subtitle     (guint            n_zones,
                                          const char      *data_date);
gboolean  pz_export_image                (PzDatabase      *database,
                                          GListModel      *shown,
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
