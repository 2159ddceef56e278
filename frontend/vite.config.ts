/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The service answers on 8080; the dev server forwards API and Quarkus (/q) calls to it
// so the app runs on one origin in development exactly as it does when the service serves dist/.
const apiTarget = process.env.API_TARGET ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/q': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/q': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    // no source maps in the bundle the service ships; the dev server has them
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // a shared 2-core CI machine is slow to render the Plan in jsdom; a timeout there is not a bug
    testTimeout: 20000,
  },
});
