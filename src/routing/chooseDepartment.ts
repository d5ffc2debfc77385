import type { Tx } from '../db';

/** First routing: an explicit department wins, else the category's department, else the front desk picks it up. */
export async function chooseDepartment(tx: Tx, explicit: string | undefined, categoryId: string | undefined): Promise<string | null> {
  if (explicit) return explicit;
  if (!categoryId) return null;
  const category = await tx.category.findUnique({ where: { id: categoryId }, select: { departmentId: true } });
  return category?.departmentId ?? null;
}
