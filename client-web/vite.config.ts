import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { portalViteConfig } from '../packages/web/build/viteConfig.js';

export default defineConfig(portalViteConfig(react()));
