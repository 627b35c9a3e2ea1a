import type { Practice, PracticeAssignment } from '../../domain/practice.js';
import { assignmentOn } from '../../domain/practice-assignment.js';
import { settingsOf, type PracticeSettings } from '../practice-settings.schema.js';

/** An organisation the practice belongs to: `{ code, name }`, or null when none is recorded. */
export type OrgRef = { code: string; name: string | null } | null;

function orgs(assignment: PracticeAssignment | null): { pcn: OrgRef; icb: OrgRef } {
  return {
    pcn: assignment?.pcnCode ? { code: assignment.pcnCode, name: assignment.pcnName } : null,
    icb: assignment?.icbCode ? { code: assignment.icbCode, name: assignment.icbName } : null,
  };
}

/** One row of the directory list: who the practice is, and its PCN and ICB on `today`. */
export function practiceListItem(practice: Practice, today: string) {
  const { code, name, postcode, status } = practice;
  return { code, name, postcode, status, ...orgs(assignmentOn(practice, today)) };
}

/** A practice's settings as the staff API shows them. */
export function settingsView(practice: Practice): PracticeSettings & { code: string } {
  return { code: practice.code, ...settingsOf(practice) };
}

/**
 * One practice in full: directory details, every assignment over time with the one in force
 * today, and its settings when the user may change them (they name the practice's staff).
 */
export function practiceDetail(practice: Practice, today: string, withSettings: boolean) {
  const { code, name, postcode, address, phone, status, openedOn, closedOn, commissioner, assignments } = practice;
  return {
    code,
    name,
    postcode,
    address,
    phone,
    status,
    openedOn,
    closedOn,
    commissioner,
    ...orgs(assignmentOn(practice, today)),
    assignments,
    ...(withSettings ? { settings: settingsOf(practice) } : {}),
  };
}
