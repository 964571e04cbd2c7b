import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import './styles/app.css';
import { App } from './App';
import { initI18n } from './i18n';
import { detectPlatform } from './platform';
import { PlatformProvider } from './platform/PlatformContext';

async function start(): Promise<void> {
  await initI18n();
  const platform = detectPlatform();
  const container = document.getElementById('root');
  if (!container) throw new Error('#root saknas i index.html');
  createRoot(container).render(
    <StrictMode>
      <PlatformProvider platform={platform}>
        <App />
      </PlatformProvider>
    </StrictMode>,
  );
}

void start();
