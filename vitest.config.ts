import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // kuromoji's dictionary takes ~1 s to load per worker; give cold starts room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
