import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'model',
          environment: 'node',
          include: ['tests/model/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
        },
      },
    ],
  },
});
