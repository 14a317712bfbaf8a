// npm scripts must run on the Node of the `node` devDependency (22.x): `npm ci --ignore-scripts`
// or a bare shell would silently use the machine's older Node, which Astro refuses.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node >= 22.12; npm scripts are running on Node ${process.versions.node}.\n` +
      'Run `npm install` (without --ignore-scripts): it installs Node 22 as a devDependency, which npm scripts then use.',
  );
  process.exit(1);
}
