/** First routing: an explicit department wins, else the category's department, else the front desk picks it up. */
export function chooseDepartment(explicit: string | undefined, category: { departmentId: string | null } | null): string | null {
  return explicit ?? category?.departmentId ?? null;
}
