/**
 * A select list that names a model's columns by its Prisma field names (`"first_response_at" AS "firstResponseAt"`),
 * for statements sent straight through pg that return rows as Prisma would. Listed rather than `*`: such statements
 * are prepared, and a column a later migration adds (while this version still runs) must not change their result.
 * Pass the fields as `{ …: 0 } satisfies Record<keyof Model, 0>`, so the list follows the model.
 */
export function fieldList(fields: Record<string, 0>): string {
  return Object.keys(fields)
    .map((field) => `"${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}" AS "${field}"`)
    .join(', ');
}
