import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Tests opt into IndexedDB by importing fake-indexeddb/auto; each file runs in isolation.
    isolate: true,
  },
});
