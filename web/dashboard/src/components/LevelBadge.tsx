/** An exposure level as a coloured badge (the state panel, the scenario's deltas). */
import type { ExposureLevel } from '../__generated__/operations.js';
import { LEVEL_COLOUR, LEVEL_LABEL } from '../model.js';

export function LevelBadge({ level }: { level: ExposureLevel }) {
  return (
    <span className={`level-badge level-${level}`} style={{ background: LEVEL_COLOUR[level] }}>
      {LEVEL_LABEL[level]}
    </span>
  );
}
