import js from "@eslint/js";
import lit from "eslint-plugin-lit";
import litA11y from "eslint-plugin-lit-a11y";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      ".wrangler/",
      "worker-configuration.d.ts",
      "custom-elements.json",
      "tests/bench/.probe/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["widgets/**/*.ts", "tests/widgets/**/*.ts"],
    ...lit.configs["flat/recommended"],
  },
  {
    files: ["widgets/**/*.ts"],
    plugins: { "lit-a11y": litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    // One source for every rule: a field format the contracts own (email, phone, door code, theme
    // value) is imported from schema/rules or checked with the contract's schema, never re-typed.
    files: ["widgets/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Literal[regex.pattern=/@|0-9 \\(\\)|\\^\\[\\^;|A-Z0-9\\]\\{6\\}/]",
          message:
            "This format belongs to the contracts: import it from schema/rules or check with the contract's schema (see widgets/shared/contract-issues.ts).",
        },
      ],
    },
  },
  {
    files: ["tests/**/*.ts", "tests/**/*.mjs"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    files: ["demo/**/*.js"],
    languageOptions: {
      globals: Object.fromEntries(
        ["document", "location", "URL", "URLSearchParams"].map((name) => [name, "readonly"]),
      ),
    },
  },
  {
    files: ["scripts/**/*.mjs", "tests/**/*.mjs", "*.js"],
    languageOptions: {
      globals: Object.fromEntries(
        [
          ...["process", "console", "URL", "fetch", "setTimeout", "clearTimeout", "performance"],
          // Code passed to page.evaluate() runs in the browser.
          ...["crypto", "document", "localStorage", "sessionStorage", "window"],
        ].map((name) => [name, "readonly"]),
      ),
    },
  },
);
