/* pz-label-placer.c
 *
 * Places labels next to point markers so that no label covers another
 * label, any marker or an obstacle (legend, inset), and none leaves the
 * frame. Labels are taken in order of priority; each tries the usual
 * cartographic positions around its marker (right, left, above, below and
 * the diagonals), then the same a little further out, and is left out if
 * none is free. A uniform grid keeps each test local. Pure C: the caller
 * measures the text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-label-placer"

#include "config.h"

#include <math.h>

#include "pz-label-placer.h"

#define CELL 48.0
#define GAP 2.0

gboolean
pz_box_intersects (const PzBox *a,
                   const PzBox *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

typedef struct
{
  int        columns;
  int        rows;
  GPtrArray **cells;  /* of PzBox *, owned by the caller */
  GPtrArray *owned;   /* boxes the grid made itself */
} Grid;

static void
grid_range (const Grid  *grid,
            const PzBox *box,
            int          range[4])
{
  range[0] = CLAMP ((int) floor (box->x / CELL), 0, grid->columns - 1);
  range[1] = CLAMP ((int) floor (box->y / CELL), 0, grid->rows - 1);
  range[2] = CLAMP ((int) floor ((box->x + box->width) / CELL), 0, grid->columns - 1);
  range[3] = CLAMP ((int) floor ((box->y + box->height) / CELL), 0, grid->rows - 1);
}

static void
grid_add (Grid        *grid,
          const PzBox *box)
{
  int r[4];

  grid_range (grid, box, r);
  for (int row = r[1]; row <= r[3]; row++)
    for (int column = r[0]; column <= r[2]; column++)
      {
        GPtrArray **cell = &grid->cells[row * grid->columns + column];

        if (*cell == NULL)
          *cell = g_ptr_array_new ();
        g_ptr_array_add (*cell, (gpointer) box);
      }
}

static void
grid_add_copy (Grid        *grid,
               const PzBox *box)
{
  PzBox *copy = g_memdup2 (box, sizeof *box);

  g_ptr_array_add (grid->owned, copy);
  grid_add (grid, copy);
}

static gboolean
grid_is_free (const Grid  *grid,
              const PzBox *box)
{
  int r[4];

  grid_range (grid, box, r);
  for (int row = r[1]; row <= r[3]; row++)
    for (int column = r[0]; column <= r[2]; column++)
      {
        GPtrArray *cell = grid->cells[row * grid->columns + column];

        for (guint i = 0; cell != NULL && i < cell->len; i++)
          if (pz_box_intersects (box, g_ptr_array_index (cell, i)))
            return FALSE;
      }
  return TRUE;
}

static int
compare_priority (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const PzLabel *labels = user_data;
  const PzLabel *la = &labels[*(const guint *) a];
  const PzLabel *lb = &labels[*(const guint *) b];

  if (la->priority != lb->priority)
    return la->priority > lb->priority ? -1 : 1;
  /* Equal priority: keep the caller's order, for stable maps. */
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/* Candidate @n (0-15) for a label at its marker: the eight
 * positions around it, then the same eight one step further out. */
static void
candidate (const PzLabel *label,
           guint          n,
           PzBox         *box)
{
  static const double dx[] = { 1, -1, 1, 1, 0, 0, -1, -1 };
  static const double dy[] = { 0, 0, -1, 1, -1, 1, -1, 1 };
  double d = label->radius + GAP + (n >= 8 ? label->height : 0);
  double sx = dx[n % 8], sy = dy[n % 8];

  box->width = label->width;
  box->height = label->height;
  box->x = sx > 0 ? label->x + d : sx < 0 ? label->x - d - label->width : label->x - label->width / 2;
  box->y = sy > 0 ? label->y + d : sy < 0 ? label->y - d - label->height : label->y - label->height / 2;
}

/**
 * pz_label_place:
 * @labels: (inout): the labels; their markers are obstacles for every label
 * @width: the frame, from (0, 0)
 * @obstacles: (nullable): rectangles no label may cover
 *
 * Sets placed and box of each label.
 *
 * Returns: the number of labels placed
 */
guint
pz_label_place (PzLabel     *labels,
                guint        n_labels,
                double       width,
                double       height,
                const PzBox *obstacles,
                guint        n_obstacles)
{
  Grid grid;
  g_autofree guint *order = g_new (guint, MAX (n_labels, 1));
  guint placed = 0;

  grid.columns = MAX (1, (int) ceil (width / CELL));
  grid.rows = MAX (1, (int) ceil (height / CELL));
  grid.cells = g_new0 (GPtrArray *, (gsize) grid.columns * grid.rows);
  grid.owned = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_obstacles; i++)
    grid_add (&grid, &obstacles[i]);
  for (guint i = 0; i < n_labels; i++)
    {
      PzBox marker = { labels[i].x - labels[i].radius, labels[i].y - labels[i].radius,
                       2 * labels[i].radius, 2 * labels[i].radius };

      labels[i].placed = FALSE;
      order[i] = i;
      grid_add_copy (&grid, &marker);
    }

  g_qsort_with_data (order, n_labels, sizeof *order, compare_priority, labels);

  for (guint k = 0; k < n_labels; k++)
    {
      PzLabel *label = &labels[order[k]];

      for (guint n = 0; n < 16 && !label->placed; n++)
        {
          PzBox box;

          candidate (label, n, &box);
          if (box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height ||
              !grid_is_free (&grid, &box))
            continue;
          label->box = box;
          label->placed = TRUE;
          grid_add (&grid, &label->box);
          placed++;
        }
    }

  for (int i = 0; i < grid.columns * grid.rows; i++)
    g_clear_pointer (&grid.cells[i], g_ptr_array_unref);
  g_free (grid.cells);
  g_ptr_array_unref (grid.owned);
  return placed;
}
