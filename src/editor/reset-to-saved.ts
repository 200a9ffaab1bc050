/**
 * After a save the saved values become the form's baseline, so "unsaved" means unsaved again.
 *
 * react-hook-form's plain `reset(values)` does that by rebuilding the form: it forgets every
 * registered field, copies the values, and gives each row of each field array a new key, so
 * every rendered row unmounts and mounts again. With 2,000 options that was a large part of
 * the time between the click and "Connection saved" (issue 16), for nothing: the rows on
 * screen already show the saved values.
 *
 * So when no list of rows changed, only the baseline moves (`keepValues`, `keepFieldsRef`:
 * no row re-keyed, no field re-registered) and the few plain fields whose saved value differs
 * from what is on screen — the password, which the stored copy never holds — are set first.
 * When a list differs (a blank option row dropped by the save, rows edited while it was being
 * sent), the form is rebuilt as before.
 */
import type { UseFormReturn } from 'react-hook-form';
import { sameValue, type ConnectionFormValues } from '../connection/form';

export function resetToSaved(form: UseFormReturn<ConnectionFormValues>, saved: ConnectionFormValues): void {
  const onScreen = form.getValues();
  const keys = new Set([...Object.keys(onScreen), ...Object.keys(saved)] as (keyof ConnectionFormValues)[]);
  const differing = [...keys].filter((key) => !sameValue(onScreen[key], saved[key]));
  if (differing.some((key) => typeof onScreen[key] === 'object' || typeof saved[key] === 'object')) {
    form.reset(saved);
    return;
  }
  // Set before the reset, so the dirty state the reset works out is against the saved values.
  for (const key of differing) form.setValue(key, saved[key] as never);
  form.reset(saved, { keepValues: true, keepFieldsRef: true });
}
