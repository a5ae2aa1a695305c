// Temporary (value-game helper session): own port, build dir and output dir, so parallel runs do not collide.
import base from '../../playwright.config.ts';
const port = 4461;
export default {
  ...base,
  testDir: '.',
  outputDir: '/tmp/vg/test-results',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}`, screenshot: 'only-on-failure' },
  webServer: { ...base.webServer, command: `npx vite preview --strictPort --port ${port} --host 127.0.0.1 --outDir /tmp/vg-dist`, url: `http://127.0.0.1:${port}` },
};
