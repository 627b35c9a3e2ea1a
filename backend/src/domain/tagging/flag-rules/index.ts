import { ABUSE_NEGLECT_CARE_RULES } from './abuse-neglect-care.rules.js';
import { ABUSE_NEGLECT_RULES } from './abuse-neglect.rules.js';
import { COMPLAINT_RULES } from './complaint-needs-reply.rules.js';
import { OTHER_LANGUAGE_RULES } from './other-languages.rules.js';
import type { FlagRule } from './rule.js';
import { SELF_HARM_CONCEPT_RULES } from './self-harm-concepts.rules.js';
import { SELF_HARM_RULES } from './self-harm.rules.js';
import { THREAT_RULES } from './threat.rules.js';
import { URGENT_CLINICAL_CONCEPT_RULES } from './urgent-clinical-concepts.rules.js';
import { URGENT_CLINICAL_MORE_RULES } from './urgent-clinical-more.rules.js';
import { URGENT_CLINICAL_RULES } from './urgent-clinical.rules.js';

export type { FlagRule } from './rule.js';

/** Every rule, in the order they are tried: within a kind, the first that fires names the flag. */
export const FLAG_RULES: readonly FlagRule[] = [
  ...SELF_HARM_RULES,
  ...SELF_HARM_CONCEPT_RULES,
  ...ABUSE_NEGLECT_RULES,
  ...ABUSE_NEGLECT_CARE_RULES,
  ...THREAT_RULES,
  ...URGENT_CLINICAL_RULES,
  ...URGENT_CLINICAL_MORE_RULES,
  ...URGENT_CLINICAL_CONCEPT_RULES,
  ...COMPLAINT_RULES,
  ...OTHER_LANGUAGE_RULES,
];
