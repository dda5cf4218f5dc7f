/* pz-province-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-province.h"

G_BEGIN_DECLS

/* For the database's loader, which reads the figures after the provinces. */
void _pz_province_add_figure (PzProvince  *self,
                              PzIndicator *figure);

G_END_DECLS
