/* pz-test-bundled.h
 *
 * What the bundled data holds, stated once for the tests that check it
 * (tests of behaviour run on tests/fixture.gpkg instead): the zones the
 * State Council approved in seven batches, 2015–2022, as in
 * data/zones.csv and data/batches.csv.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#define PZ_TEST_BUNDLED_ZONES 165
#define PZ_TEST_BUNDLED_BATCHES 7

/* Zones per batch, batch 1 first: an initializer for a guint array. */
#define PZ_TEST_BUNDLED_BATCH_SIZES { 1, 12, 22, 24, 46, 27, 33 }

/* Provincial-level divisions with at least one zone. */
#define PZ_TEST_BUNDLED_PROVINCES 31

/* Zones in force at the end of 2025: the April 2025 batch ended three. */
#define PZ_TEST_BUNDLED_ZONES_END_2025 162
