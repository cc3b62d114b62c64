// The worker thread's entry when the process runs TypeScript (`npm run dev` through tsx, vitest): plain JavaScript that
// registers tsx for this thread, then loads the task. Compiled code (dist/node) starts the task's own file instead.
import { register } from 'tsx/esm/api';

register();
const { runExposureTask } = await import('./exposureTask.ts');

export default runExposureTask;
