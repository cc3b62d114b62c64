import { afterAll } from 'vitest';
import { closeTestDriver } from './db.js';

afterAll(closeTestDriver);
