// The worker thread's entry: plain JavaScript, so that a thread can start it however the process was started (tsx
// on the command line, tsx's register() in bin/, vitest). It registers tsx for this thread, then loads the task.
import { register } from 'tsx/esm/api';

register();
const { runExposureTask } = await import('./exposureTask.ts');

export default runExposureTask;
