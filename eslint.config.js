// Privacy and safety rules that CI enforces on our code (ARCHITECTURE.md "Privacy"), and the
// layers: which folder may import which (ARCHITECTURE.md "The shape"; README "Layout").
import tseslint from 'typescript-eslint';

const noNetwork = 'CTM Assist makes no network requests (PRIVACY.md).';
const noHtml = 'Never inject HTML: build DOM with Preact.';

const privacySyntax = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: noHtml },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  { selector: "NewExpression[callee.name='WebSocket']", message: noNetwork },
  { selector: "NewExpression[callee.name='XMLHttpRequest']", message: noNetwork },
];

/**
 * The layers. Our imports are all relative, so each rule is a regular expression on the import
 * as written, for files at a known depth (`up(n)` is n leading "../"). Static imports and
 * re-exports are checked by no-restricted-imports, `import('…')` by no-restricted-syntax.
 */
const up = (n) => `(?:\\.\\./){${n}}`;
const SOP_MAY_USE = '(?:detect/(?:weights|contracts|subject-matter|criteria|meaning|blank-field|phrase|categories|medication-days|types))$';
const LAYERS = [
  {
    files: ['lib/**/*.{ts,tsx}'],
    forbid: [{ regex: '(?:^|/)(?:components|entrypoints)(?:/|$)', message: 'lib/ is pure logic: it never imports components/ or entrypoints/.' }],
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    forbid: [
      { regex: '(?:^|/)entrypoints(?:/|$)', message: 'components/ are views: they never import entrypoints/.' },
      { regex: '(?:^|/)lib/store(?:/|$)', message: 'components/ are views: no storage inside (never lib/store/); the entrypoint reads and passes props.' },
    ],
  },
  // One entrypoint never imports another's files: shared code lives in lib/ (or components/).
  ...[0, 1, 2].map((depth) => ({
    files: [`entrypoints/*/${'*/'.repeat(depth)}*.{ts,tsx}`],
    forbid: [{ regex: `^${up(depth + 1)}(?!\\.\\./)|(?:^|/)entrypoints(?:/|$)`, message: "One entrypoint never imports another's files: move shared code to lib/ or components/." }],
  })),
  {
    files: ['entrypoints/*.{ts,tsx}'],
    forbid: [{ regex: '^\\./|(?:^|/)entrypoints(?:/|$)', message: "One entrypoint never imports another's files: move shared code to lib/ or components/." }],
  },
  // The SOP is data at the bottom of lib/: its own files, the case model's types, and the
  // detection signal helpers its scenario modules use (one scenario, one module). Never the
  // detection engine that reads the registry, nor any other part of lib/, nor a package.
  ...[0, 1].map((depth) => ({
    files: [`lib/sop/${'*/'.repeat(depth)}*.{ts,tsx}`],
    forbid: [
      { regex: `^${up(depth + 1)}case$`, allowTypeImports: true, message: 'lib/sop/ takes only types from lib/case.ts (its own terms are in lib/sop/case-terms.ts).' },
      { regex: `^${up(depth + 1)}(?!case$|${SOP_MAY_USE})|^${up(depth + 2)}|^[^.]`, message: 'lib/sop/ imports nothing but its own files, types from lib/case.ts and the detection signal helpers.' },
    ],
  })),
];

/** A dynamic import whose literal matches a pattern: the same layer rule as a static one. */
const dynamicImport = ({ regex, message }) => ({
  selector: `ImportExpression > Literal[value=/${regex.replaceAll('/', '\\/')}/]`,
  message,
});

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'test/**', '*.config.*', '.stryker-tmp/**', 'reports/**'] },
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: noNetwork },
        { name: 'XMLHttpRequest', message: noNetwork },
        { name: 'WebSocket', message: noNetwork },
        { name: 'EventSource', message: noNetwork },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: noHtml },
        { property: 'outerHTML', message: noHtml },
        { property: 'insertAdjacentHTML', message: noHtml },
        { object: 'navigator', property: 'sendBeacon', message: noNetwork },
        ...['window', 'self', 'globalThis'].flatMap((object) =>
          ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'eval'].map((property) => ({ object, property, message: noNetwork })),
        ),
        { object: 'document', property: 'write', message: noHtml },
      ],
      'no-restricted-syntax': ['error', ...privacySyntax],
    },
  },
  // A file in two blocks gets the later one's bans only: lib/sop/'s ban includes lib/'s.
  ...LAYERS.map(({ files, forbid }) => ({
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: forbid }],
      'no-restricted-syntax': ['error', ...privacySyntax, ...forbid.filter((rule) => !rule.allowTypeImports).map(dynamicImport)],
    },
  })),
);
