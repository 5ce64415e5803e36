/**
 * The boundaries of ARCHITECTURE.md. Paths are matched with an optional prefix so that the
 * fixture under test/fixtures/boundaries (which mirrors src/) is judged by the same rules.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const src = '(^|/)src/';
module.exports = {
  forbidden: [
    {
      name: 'edge-not-to-control-plane',
      comment: 'The edge is thin: it reaches the control-plane over gRPC only, never by import.',
      severity: 'error',
      from: { path: `${src}edge/` },
      to: { path: [`${src}control-plane/`, '(^|/)migrations/'] },
    },
    {
      name: 'edge-no-database',
      comment: 'The edge holds no database access: no MikroORM, no pg.',
      severity: 'error',
      from: { path: `${src}edge/` },
      to: { path: 'node_modules/(@mikro-orm/|pg/|pg-pool/|pg-protocol/)' },
    },
    {
      name: 'control-plane-not-to-edge-or-web',
      severity: 'error',
      from: { path: `${src}control-plane/` },
      to: { path: [`${src}edge/`, `${src}web/`] },
    },
    {
      name: 'web-only-types-from-edge',
      comment: 'The SPA may import `type { AppRouter }` from the edge and nothing at runtime.',
      severity: 'error',
      from: { path: `${src}web/` },
      to: { path: `${src}edge/`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-nothing-else-from-src',
      severity: 'error',
      from: { path: `${src}web/` },
      to: { path: `${src}(control-plane|shared)/` },
    },
    {
      name: 'domain-sees-ports-only',
      comment: 'Domain use-cases import no transport and no ORM; adapters implement their ports.',
      severity: 'error',
      from: { path: `${src}control-plane/domain/` },
      to: {
        path: [
          'node_modules/(@grpc/|express/|@mikro-orm/|pg/|@kubernetes/|@octokit/)',
          `${src}control-plane/(grpc|persistence|http|dispatcher/launchers|github)/`,
        ],
      },
    },
    {
      name: 'dispatcher-sees-ports-only',
      comment:
        'The dispatcher loop drives domain use-cases through their ports; the composition root hands it the adapters.',
      severity: 'error',
      from: { path: `${src}control-plane/dispatcher/` },
      to: { path: `${src}control-plane/(grpc|persistence)/` },
    },
    {
      name: 'persistence-only-from-the-composition-root',
      comment:
        'Stores are built and handed to use-cases in one place (app.ts; migrate-cli.ts, the migrate process, opens the database too).',
      severity: 'error',
      from: {
        pathNot: [`${src}control-plane/(app|migrate-cli)\\.ts$`, `${src}control-plane/persistence/`],
      },
      to: { path: `${src}control-plane/persistence/` },
    },
    {
      name: 'grpc-only-from-the-composition-root',
      comment: 'Handlers are given their ports and mounted in one place (app.ts): nothing else wires.',
      severity: 'error',
      from: { pathNot: [`${src}control-plane/app\\.ts$`, `${src}control-plane/grpc/`] },
      to: { path: `${src}control-plane/grpc/` },
    },
    {
      name: 'mikro-orm-only-in-persistence',
      severity: 'error',
      from: { pathNot: [`${src}control-plane/persistence/`, '(^|/)migrations/'] },
      to: { path: 'node_modules/@mikro-orm/' },
    },
    {
      name: 'migrations-only-from-control-plane',
      severity: 'error',
      from: { path: `${src}(edge|web|shared)/` },
      to: { path: '(^|/)migrations/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/|\\.test\\.tsx?$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
