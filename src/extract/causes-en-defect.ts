import type { CauseRule } from './causes-en.js';

/** English wordings of a defect in the writer's own service (taxonomy "software_bug"). */
export const EN_DEFECT_RULES: CauseRule[] = [
  // A change or error in the writer's own program told as what happened ("a code change to our
  // website impacted the security features", "due to a system error", "programming errors in the
  // processes …"): a defect of the service itself.
  {
    key: 'software_bug',
    re: /\b(?:programming|code|coding|software|system|computer|technical|information\s+processing)\s+(?:change|error|issue|glitch|malfunction|update|mistake|defect)s?\b/i,
    not: /\b(?:prevent\w*|avoid\w*|in\s+the\s+event\s+of|if\s+(?:a|an|any))\b/i,
  },
];
