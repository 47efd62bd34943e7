import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import type { EngineClient } from './engine/client';
import { applyDocumentLanguage, describeError } from './i18n/index.svelte';
import './state/autorun.svelte';
import { engineState, getEngine } from './state/engine.svelte';
import { showMessage } from './state/messages.svelte';
import { startWorkbook } from './state/workbook-files.svelte';
import { store, type WorkbookStore } from './state/workbook.svelte';

declare global {
  interface Window {
    /** For end-to-end tests and the benchmark: set once the engine is ready. */
    segbook?: { engine: EngineClient; store: WorkbookStore; bench?: typeof import('./bench-hooks') };
  }
}

applyDocumentLanguage();
const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
mount(App, { target });

void getEngine().then(
  async (engine) => {
    const bench = new URLSearchParams(location.search).has('bench') ? await import('./bench-hooks') : undefined;
    window.segbook = { engine, store, bench };
  },
  (cause: unknown) => {
    console.error('Segbook engine failed to start', cause);
    if (engineState.error) showMessage('error', describeError(engineState.error));
  },
);
void startWorkbook();
