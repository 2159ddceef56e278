export { statusOptions } from '@/lib/task-status';

export const priorityOptions = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
  { value: 'urgent', label: 'Urgent' },
] as const;

export const dependencyTypeOptions = [
  { value: 'fs', label: 'Finish → start (FS)' },
  { value: 'ss', label: 'Start → start (SS)' },
  { value: 'ff', label: 'Finish → finish (FF)' },
  { value: 'sf', label: 'Start → finish (SF)' },
] as const;

/** The scheduling constraints the API accepts; "as soon as possible" is the unconstrained one. */
export const constraintOptions = [
  { value: 'asap', abbr: 'ASAP', label: 'As soon as possible (no constraint)' },
  { value: 'alap', abbr: 'ALAP', label: 'As late as possible' },
  { value: 'snet', abbr: 'SNET', label: 'Start no earlier than' },
  { value: 'snlt', abbr: 'SNLT', label: 'Start no later than' },
  { value: 'fnet', abbr: 'FNET', label: 'Finish no earlier than' },
  { value: 'fnlt', abbr: 'FNLT', label: 'Finish no later than' },
  { value: 'mso', abbr: 'MSO', label: 'Must start on' },
  { value: 'mfo', abbr: 'MFO', label: 'Must finish on' },
] as const;

export type ConstraintType = (typeof constraintOptions)[number]['value'];

/** Every constraint but ASAP and ALAP pins a date. */
export function constraintNeedsDate(type: ConstraintType): boolean {
  return type !== 'asap' && type !== 'alap';
}

/** Whether the constraint's date is a start date (else a finish date). */
export function constraintOnStart(type: ConstraintType): boolean {
  return type === 'snet' || type === 'snlt' || type === 'mso';
}
