import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One import between two server files, both as paths relative to src/ (`tickets/conversation.ts`). */
export interface ImportEdge {
  from: string;
  to: string;
}

const SRC = resolve(__dirname, '../../src');

function serverFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      // generated Prisma client and the public pages' browser scripts are not server modules
      if (entry.name !== 'generated' && entry.name !== 'public') serverFiles(path, out);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

function resolveImport(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(fromFile), specifier);
  return [`${base}.ts`, join(base, 'index.ts'), base].find((c) => existsSync(c) && statSync(c).isFile());
}

/** Every import (type imports and dynamic imports included) from one server file to another, parsed by TypeScript. */
export function importGraph(): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of serverFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const imported of importedFiles) {
      const target = resolveImport(file, imported.fileName);
      if (target && !target.includes('/generated/'))
        edges.push({ from: relative(SRC, file), to: relative(SRC, target) });
    }
  }
  return edges;
}

/** The top-level folder of a file (`channels`, `tickets`), or the file itself for src/app.ts and friends. */
export const folderOf = (file: string) => file.split('/')[0];
