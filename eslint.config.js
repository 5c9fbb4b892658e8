// Privacy and safety rules that CI enforces on our code (ARCHITECTURE.md "Privacy").
import tseslint from 'typescript-eslint';

const noNetwork = 'CTM Assist makes no network requests (PRIVACY.md).';
const noHtml = 'Never inject HTML: build DOM with Preact.';

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
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: noHtml },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
        { selector: "NewExpression[callee.name='WebSocket']", message: noNetwork },
        { selector: "NewExpression[callee.name='XMLHttpRequest']", message: noNetwork },
      ],
    },
  },
);
