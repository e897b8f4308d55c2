import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { host } from './host';
import { currentLanguage, initI18n } from './i18n';
import './styles.css';

initI18n();
host.setLanguage(currentLanguage());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
