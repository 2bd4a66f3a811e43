import { defineConfig, type Plugin } from 'vite';

/**
 * Pages that embed the widget load it as `/governance-graph.js`, the file the library build
 * writes. While developing, that name is served from the source instead, so the examples run
 * unchanged under `npm start` and from the built `dist/`.
 */
function widgetFromSource(): Plugin {
  return {
    name: 'governance-graph-widget-from-source',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        if (request.url === '/governance-graph.js') request.url = '/src/governance-graph.ts';
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [widgetFromSource()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: true },
});
