/**
 * The parents of the GraphQL types that are neither query rows (src/db/rows.ts) nor domain values: the shapes the
 * resolvers build themselves. codegen.yml maps the schema's types onto these.
 */
import type { BlocRow, MembershipRow, StateRow } from '../db/rows.js';
import type { ExposureEntry } from '../domain/exposure.js';
import type { Connection } from './pagination.js';

export type { ExposureReport, NetworkAnswer } from '../service/exposureService.js';

import type { MembershipChange as MembershipChangeParent } from '../service/exposureService.js';

export type { MembershipChangeParent };

export interface BlocOverlapParent {
  a: BlocRow;
  b: BlocRow;
  asOf: string;
  states: StateRow[];
}

/** Pages of the big lists (pagination.ts): what the connection types of the schema map onto. */
export type StatePage = Connection<StateRow>;
export type StatePageEdge = StatePage['edges'][number];
export type BlocPage = Connection<BlocRow>;
export type BlocPageEdge = BlocPage['edges'][number];
export type MembershipPage = Connection<MembershipRow>;
export type MembershipPageEdge = MembershipPage['edges'][number];
export type ExposurePage = Connection<ExposureEntry>;
export type ExposurePageEdge = ExposurePage['edges'][number];
export type MembershipChangePage = Connection<MembershipChangeParent>;
export type MembershipChangePageEdge = MembershipChangePage['edges'][number];
