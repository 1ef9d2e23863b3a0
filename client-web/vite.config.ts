import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom', 'firebase', '@tanstack/react-query', 'react-i18next'] },
  // Maps stay out of what is served: 'hidden' writes them for our own analysis only.
  build: { sourcemap: 'hidden' },
});
