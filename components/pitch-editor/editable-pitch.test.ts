import { expect, test } from 'vitest';
import { pitchFileSchema, pitchFileV2Schema } from '@/lib/pitch/schema';
import { fullV2Pitch, V2_KEYS_SAMPLE } from '@/test-support/pitch-fixtures';
import { toEditablePitch } from './editable-pitch';

// The form edits only some version 2 keys (knownAcronyms, keyNumber); every one must come through it unchanged.
test('the version 2 keys survive the form: editable values, the resolver schema and the save', () => {
  const editable = toEditablePitch(fullV2Pitch());
  expect(editable).toMatchObject(V2_KEYS_SAMPLE);
  const resolved = pitchFileV2Schema.parse(editable);
  expect(resolved).toMatchObject(V2_KEYS_SAMPLE);
  expect(pitchFileSchema.parse(resolved)).toEqual(resolved);
});
