/* pz-test-bundled.h
 *
 * What the bundled data holds, stated once for the tests that check it
 * (tests of behaviour run on tests/fixture.gpkg instead): the zones the
 * State Council approved in eight batches, 2015–2025, as in
 * data/zones.csv and data/batches.csv.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Every zone ever approved, and those still in force (the 2025 batch
 * ended Haikou, Sanya and Alashankou as separate zones). */
#define PZ_TEST_BUNDLED_ZONES 181
#define PZ_TEST_BUNDLED_ZONES_IN_FORCE 178
#define PZ_TEST_BUNDLED_BATCHES 8

/* Zones per batch, batch 1 first: an initializer for a guint array. */
#define PZ_TEST_BUNDLED_BATCH_SIZES { 1, 12, 22, 24, 46, 27, 33, 16 }

/* Zones approved by the end of 2022: the first seven batches. */
#define PZ_TEST_BUNDLED_ZONES_END_2022 165

/* Provincial-level divisions with at least one zone. */
#define PZ_TEST_BUNDLED_PROVINCES 31

/* Zones of Zhejiang (330000) and Guangdong (440000), ended ones included. */
#define PZ_TEST_BUNDLED_ZONES_ZHEJIANG 12
#define PZ_TEST_BUNDLED_ZONES_GUANGDONG 21
