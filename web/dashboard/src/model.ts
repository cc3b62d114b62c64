/** Words, colours and dates shared by the views: one place says how each level, status and reason looks. */
import type { BlocKind, ExposureLevel, MembershipStatus, ScenarioChangeType, ThreatLevel } from './__generated__/operations.js';

export const LEVELS: readonly ExposureLevel[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'NONE'];

/** Sequential, light to dark; readable for the common colour-vision deficiencies (no red/green pair). */
export const LEVEL_COLOUR: Record<ExposureLevel, string> = {
  CRITICAL: '#7f0a1e',
  HIGH: '#d7301f',
  MEDIUM: '#f08a4b',
  LOW: '#fcc98a',
  NONE: '#fdf0d5',
};

export const LEVEL_LABEL: Record<ExposureLevel, string> = {
  CRITICAL: 'Critical',
  HIGH: 'High',
  MEDIUM: 'Medium',
  LOW: 'Low',
  NONE: 'Negligible',
};

export const LEVEL_RANGE: Record<ExposureLevel, string> = {
  CRITICAL: '0.6 – 1',
  HIGH: '0.4 – 0.6',
  MEDIUM: '0.2 – 0.4',
  LOW: '0.05 – 0.2',
  NONE: 'under 0.05',
};

/** Map fills besides the levels. */
export const FILL = {
  /** A state of the graph that loses nothing (absent from the report). */
  unexposed: '#dfe5ec',
  /** The withdrawing state. */
  withdrawing: '#1f4e8c',
  /** Land that is not a state of the graph (Greenland, Western Sahara…). */
  other: '#eef1f4',
};

export const REASON_LABEL: Record<string, string> = {
  GUARANTEE_LOST: 'Guarantee lost',
  PARTNERSHIP_LOST: 'Partnership lost',
  UMBRELLA_LOST: 'Nuclear umbrella lost',
  FORCES_LOST: 'Forces withdrawn',
  REMAINING_GUARANTORS: 'Remaining guarantors',
  OWN_DETERRENT: 'Own means',
  THREAT_PROXIMITY: 'Threat nearby',
};

export const reasonLabel = (kind: string) => REASON_LABEL[kind] ?? kind.charAt(0) + kind.slice(1).toLowerCase().replace(/_/g, ' ');

export const STATUS_LABEL: Record<MembershipStatus, string> = {
  MEMBER: 'Member',
  FROZEN: 'Frozen',
  SUSPENDED: 'Suspended',
  PARTNER: 'Partner',
  OBSERVER: 'Observer',
  DIALOGUE_PARTNER: 'Dialogue partner',
  APPLICANT: 'Applicant',
};

export const STATUS_ORDER: readonly MembershipStatus[] = [
  'MEMBER',
  'FROZEN',
  'SUSPENDED',
  'PARTNER',
  'DIALOGUE_PARTNER',
  'OBSERVER',
  'APPLICANT',
];

/** How a membership edge is drawn in the graph (and its legend). */
export const STATUS_STYLE: Record<MembershipStatus, { colour: string; line: 'solid' | 'dashed' | 'dotted'; width: number }> = {
  MEMBER: { colour: '#1f4e8c', line: 'solid', width: 2.5 },
  FROZEN: { colour: '#7d8ea3', line: 'dashed', width: 2 },
  SUSPENDED: { colour: '#b23a48', line: 'dashed', width: 2 },
  PARTNER: { colour: '#2a9d8f', line: 'dashed', width: 1.8 },
  DIALOGUE_PARTNER: { colour: '#2a9d8f', line: 'dotted', width: 1.8 },
  OBSERVER: { colour: '#e0a030', line: 'dotted', width: 1.8 },
  APPLICANT: { colour: '#9b6bd3', line: 'dotted', width: 1.5 },
};

/** The edges between states that the graph draws besides memberships: the graph's PERCEIVES_THREAT, EXTENDS_DETERRENCE and HOSTS_FORCES_OF. */
export type TieKind = 'threat' | 'umbrella' | 'forces';

export const TIE_KINDS: readonly TieKind[] = ['threat', 'umbrella', 'forces'];

export const TIE_LABEL: Record<TieKind, string> = {
  threat: 'Threat perceived',
  umbrella: 'Nuclear umbrella',
  forces: 'Forces stationed',
};

/**
 * How those edges are drawn (and their legend): a threat points at the state feared, an umbrella at the state
 * protected, forces at the state they are stationed in. Threat red is brighter than a suspended membership's and
 * always carries an arrow and its level.
 */
export const TIE_STYLE: Record<
  TieKind,
  { colour: string; line: 'solid' | 'dashed'; width: number; arrow: 'triangle' | 'square'; outline?: string }
> = {
  threat: { colour: '#e0322b', line: 'dashed', width: 2.2, arrow: 'triangle' },
  umbrella: { colour: '#e3a21a', line: 'solid', width: 2, arrow: 'triangle', outline: '#6b4a00' },
  forces: { colour: '#3d4f5c', line: 'solid', width: 2.2, arrow: 'square' },
};

export const THREAT_LEVEL_LABEL: Record<ThreatLevel, string> = { LOW: 'low', MEDIUM: 'medium', HIGH: 'high' };

export const KIND_LABEL: Record<BlocKind, string> = {
  MILITARY_ALLIANCE: 'Military alliance',
  DEFENCE_TREATY: 'Defence treaty',
  SECURITY_PARTNERSHIP: 'Security partnership',
  INTELLIGENCE_SHARING: 'Intelligence sharing',
  POLITICAL_UNION: 'Political union',
  REGIONAL_ORGANISATION: 'Regional organisation',
  ECONOMIC_GROUPING: 'Economic grouping',
  CAUCUS: 'Caucus',
  NONAGGRESSION_PACT: 'Non-aggression pact',
  CONSULTATION_PACT: 'Consultation pact',
};

export const CHANGE_TYPES: {
  type: ScenarioChangeType;
  label: string;
  needs: { state: boolean | 'optional'; bloc: boolean | 'optional' };
}[] = [
  { type: 'WITHDRAW', label: 'withdraws', needs: { state: true, bloc: 'optional' } },
  { type: 'FREEZE', label: 'freezes its membership', needs: { state: true, bloc: true } },
  { type: 'JOIN', label: 'joins', needs: { state: true, bloc: true } },
  { type: 'DISSOLVE', label: 'dissolve', needs: { state: false, bloc: true } },
  { type: 'END_TREATY', label: 'end the treaty obligations of', needs: { state: false, bloc: true } },
  { type: 'FORM', label: 'form a new bloc', needs: { state: false, bloc: false } },
];

/** Today in the browser's calendar, YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** '1949-08-24' -> '24 Aug 1949' (dates are calendar dates: no time zone may shift them). */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  return `${d} ${month} ${y}`;
}

export const formatScore = (score: number) => score.toFixed(2);

export const formatWeight = (weight: number) => `${weight >= 0 ? '+' : '−'}${Math.abs(weight).toFixed(2)}`;

/** "the United States", "the Netherlands", "Poland": names that read as plurals or descriptions take "the". */
export function theName(name: string): string {
  return /^(United |Netherlands|Philippines|Bahamas|Gambia|Maldives|Marshall Islands|Solomon Islands|Comoros|Seychelles|Central African|Dominican Republic|Czech Republic|Democratic Republic|Republic of|Holy See)/.test(
    name,
  )
    ? `the ${name}`
    : name;
}
