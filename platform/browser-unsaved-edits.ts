import {
  clearUnsavedEdit,
  readUnsavedEdit,
  writeUnsavedEdit,
  type KeyValueStorage,
  type UnsavedEdit,
} from '@/lib/storage/unsaved-edit';

/** localStorage, or nothing where the browser refuses it (some private modes, sandboxed frames). */
function local(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The last-moment copy of a pitch's unsaved edits, in this browser's localStorage. */
export const browserUnsavedEdits = {
  read: (pitchId: string): UnsavedEdit | undefined => {
    const storage = local();
    return storage && readUnsavedEdit(storage, pitchId);
  },
  /** False when the copy could not be written (storage full or refused). */
  write: (pitchId: string, edit: UnsavedEdit): boolean => {
    const storage = local();
    return !!storage && writeUnsavedEdit(storage, pitchId, edit);
  },
  clear: (pitchId: string): void => {
    const storage = local();
    if (storage) clearUnsavedEdit(storage, pitchId);
  },
};
