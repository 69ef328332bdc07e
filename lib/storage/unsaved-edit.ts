import { pitchFileSchema, type PitchFile } from '../pitch/schema';

/**
 * A last-moment copy of unsaved edits, written synchronously (to localStorage) when the page is
 * hidden or closed: IndexedDB writes are asynchronous and may not finish while a page unloads.
 * The next visit saves it, merged field by field with whatever was stored since `baseRevision`
 * (`startEditing`): a copy the write already stored, or one only another tab's save follows, is
 * no conflict.
 */
export interface UnsavedEdit {
  baseRevision: number;
  /** The pitch at `baseRevision` as the form started from it; absent in copies of earlier releases. */
  base?: PitchFile;
  pitch: PitchFile;
  at: number;
}

/** The part of the Web Storage API used here (the browser passes localStorage, tests a fake). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const key = (pitchId: string) => `one-slide-pitch:unsaved:${pitchId}`;

export function writeUnsavedEdit(storage: KeyValueStorage, pitchId: string, edit: UnsavedEdit): boolean {
  try {
    storage.setItem(key(pitchId), JSON.stringify(edit));
    return true;
  } catch {
    return false;
  }
}

/** Reads a stored unsaved edit; malformed or invalid data is discarded, never applied. */
export function readUnsavedEdit(storage: KeyValueStorage, pitchId: string): UnsavedEdit | undefined {
  try {
    const raw = storage.getItem(key(pitchId));
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<UnsavedEdit>;
    const pitch = pitchFileSchema.safeParse(value.pitch);
    if (!pitch.success || typeof value.baseRevision !== 'number' || typeof value.at !== 'number') return undefined;
    // A damaged base only costs the merge its knowledge: every difference is then asked about.
    const base = value.base === undefined ? undefined : pitchFileSchema.safeParse(value.base);
    return { baseRevision: value.baseRevision, pitch: pitch.data, at: value.at, ...(base?.success ? { base: base.data } : {}) };
  } catch {
    return undefined;
  }
}

export function clearUnsavedEdit(storage: KeyValueStorage, pitchId: string): void {
  try {
    storage.removeItem(key(pitchId));
  } catch {
    // Storage unavailable: nothing was written either.
  }
}
