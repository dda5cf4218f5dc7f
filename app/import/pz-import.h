/* pz-import.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pz-csv.h"
#include "pz-import-problem.h"
#include "pz-user-database.h"

G_BEGIN_DECLS

/* Zones are matched by coordinates only within this distance. */
#define PZ_IMPORT_MAX_KM 50.0

/* The longest enterprise name taken, in characters. */
#define PZ_IMPORT_MAX_NAME 1000

typedef enum
{
  PZ_IMPORT_NAME,
  PZ_IMPORT_PLACE,      /* zone or city name, Chinese or English */
  PZ_IMPORT_LATITUDE,
  PZ_IMPORT_LONGITUDE,
  PZ_IMPORT_N_FIELDS
} PzImportField;

typedef struct
{
  int columns[PZ_IMPORT_N_FIELDS];  /* header index, or -1 */
} PzImportMapping;

/* A file matched whole (the tests and the fuzzer; an import streams). */
typedef struct
{
  GArray    *rows;      /* of PzImportRow */
  GPtrArray *problems;  /* of PzImportProblem */
} PzImportResult;

/* The indexes of the zones, built once for all the rows of a file. */
typedef struct _PzImportMatcher PzImportMatcher;

void            pz_import_guess_mapping_from_header
                                        (const char * const    *header,
                                         PzImportMapping       *mapping);
void            pz_import_guess_mapping (const PzCsv           *csv,
                                         PzImportMapping       *mapping);
gboolean        pz_import_check_mapping (const PzImportMapping *mapping,
                                         GError               **error);
PzImportResult *pz_import_match         (const PzCsv           *csv,
                                         const PzImportMapping *mapping,
                                         GListModel            *zones);
void            pz_import_result_free   (PzImportResult        *self);
char           *pz_import_describe      (const PzImportResult  *self);

PzImportMatcher *pz_import_matcher_new  (GListModel            *zones);
char           *pz_import_matcher_match (PzImportMatcher       *self,
                                         const PzImportMapping *mapping,
                                         const char * const    *fields,
                                         guint                  n_fields,
                                         PzImportRow           *row,
                                         gboolean              *by_place);
void            pz_import_matcher_free  (PzImportMatcher       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PzImportResult, pz_import_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PzImportMatcher, pz_import_matcher_free)

G_END_DECLS
