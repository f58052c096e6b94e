/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the server at /console (same origin as /api); Maven packs target/dist into the war.
export default defineConfig({
  base: './', // assets relative to the <base href> the server puts into index.html
  plugins: [react()],
  build: { outDir: 'target/dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://localhost:8080' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
