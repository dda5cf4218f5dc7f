/* pz-search.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-zone.h"

G_BEGIN_DECLS

/* How well a zone matches a query; lower is better. */
typedef enum
{
  PZ_SEARCH_EXACT,          /* a name equals the query */
  PZ_SEARCH_NAME_PREFIX,    /* a name starts with it */
  PZ_SEARCH_WORD_PREFIX,    /* a word of the English name starts with it */
  PZ_SEARCH_PROVINCE,       /* the province's name starts with it */
  PZ_SEARCH_NONE,
} PzSearchScore;

char          *pz_search_key   (const char *text);
PzSearchScore  pz_search_score (PzZone     *zone,
                                const char *key);

G_END_DECLS
