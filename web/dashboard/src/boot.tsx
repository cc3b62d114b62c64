/** Mounts the dashboard (main.ts loads this once the first requests are on their way). */
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

export function boot(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  createRoot(container).render(<App />);
}
