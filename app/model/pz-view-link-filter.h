/* pz-view-link-filter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-view-link.h"
#include "pz-zone-filter.h"

G_BEGIN_DECLS

void pz_view_link_set_filter   (PzViewLink       *link,
                                PzZoneFilter     *filter);
void pz_view_link_apply_filter (const PzViewLink *link,
                                PzZoneFilter     *filter);

G_END_DECLS
