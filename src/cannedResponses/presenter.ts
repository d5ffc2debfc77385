import type { CannedResponse } from '../generated/prisma/client';

/** The console's view; `scope` says who sees it, so the list can show it without working it out. */
export const presentCannedResponse = (r: CannedResponse) => ({
  id: r.id,
  title: r.title,
  bodyNl: r.bodyNl,
  bodyEn: r.bodyEn,
  departmentId: r.departmentId,
  ownerId: r.ownerId,
  scope: r.ownerId ? 'personal' : r.departmentId ? 'department' : 'shared',
  setStatus: r.setStatus,
  setPriority: r.setPriority,
  setCategoryId: r.setCategoryId,
  setDepartmentId: r.setDepartmentId,
  addTags: r.addTags,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});
