/**
 * The published contract (schema.graphql, served at GET /schema.graphql) describes itself: every type, field and
 * enum value a client can meet has a description, and the changelog in docs/ records this version's additions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';

const schema = buildSchema(fs.readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'));
const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

describe('the contract', () => {
  it('describes every type and every field', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || BUILT_IN.has(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values<{ name: string; description?: string | null }>(type.getFields()))
          if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names each enum value it adds in the changelog, and every connection type has its page info', () => {
    const changelog = fs.readFileSync(path.join(projectRoot, 'docs', 'contract-changelog.md'), 'utf8');
    for (const name of [
      'NONAGGRESSION_PACT',
      'CONSULTATION_PACT',
      'blocsConnection',
      'statesConnection',
      'membersConnection',
      'entriesConnection',
      'Succession',
    ]) {
      expect(changelog, name).toContain(name);
    }
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
      expect(Object.keys(type.getFields()).sort(), type.name).toEqual(['edges', 'pageInfo', 'totalCount']);
    }
    expect(isEnumType(schema.getType('BlocKind'))).toBe(true);
  });
});
