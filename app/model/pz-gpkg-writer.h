/* pz-gpkg-writer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pz-zone.h"

G_BEGIN_DECLS

GBytes *pz_gpkg_build_zones (GListModel  *zones,
                             GHashTable  *park_counts,
                             GError     **error);

G_END_DECLS
