// The example pages load the built widget and their data by absolute path, as an intranet page
// would; copy them and the NATO model beside the build so `npx vite preview` serves them.
import { cpSync, mkdirSync } from 'node:fs';

cpSync('examples', 'dist/examples', { recursive: true });
mkdirSync('dist/model', { recursive: true });
cpSync('model/nato-cyber-defence.json', 'dist/model/nato-cyber-defence.json');
cpSync('model/governance-model.schema.json', 'dist/model/governance-model.schema.json');
console.log('copied examples/ and the NATO model into dist/');
