// Data files the user attached (or that were fetched/decoded for a source), by SourceId.
// Not part of the workbook: persist.svelte.ts keeps them in IndexedDB across reloads.
import { SvelteMap } from 'svelte/reactivity';
import type { SegbookError } from '../core/errors';
import type { SourceId } from '../core/workbook/types';
import type { EngineClient } from '../engine/client';

export const attachedFiles = new SvelteMap<SourceId, File>();

/** The name a source's file is registered under in the engine; keeps the extension for format detection. */
export function engineFileName(sourceId: SourceId, file: File | { name: string }): string {
  return `${sourceId}_${file.name}`;
}

// What the engine currently has registered under each name, so a replaced file is re-registered.
const registered = new Map<string, File>();

/** Register the source's file with the engine unless this exact File already is; returns its engine name. */
export async function ensureRegistered(engine: EngineClient, sourceId: SourceId, file: File): Promise<string> {
  const name = engineFileName(sourceId, file);
  if (registered.get(name) !== file) {
    if (registered.has(name)) await engine.dropFile(name).catch(() => undefined);
    await engine.registerFile(name, file);
    registered.set(name, file);
  }
  return name;
}

/** Engine errors name the registered file; users know it by its own name. */
export function withUserFileName(error: SegbookError, registeredName: string, fileName: string): SegbookError {
  const params = Object.fromEntries(
    Object.entries(error.params).map(([key, value]) => [key, typeof value === 'string' ? value.replaceAll(registeredName, fileName) : value]),
  );
  return { ...error, params, message: error.message.replaceAll(registeredName, fileName) };
}
