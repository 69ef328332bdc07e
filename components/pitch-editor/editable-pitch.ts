// The form's view of a pitch lives in lib/pitch so the storage merge compares the same values.
export { toEditablePitch } from '@/lib/pitch/editable-pitch';
