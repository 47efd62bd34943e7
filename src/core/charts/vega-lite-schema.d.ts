// Resolved by an alias in vite.config.ts and vitest.config.ts to vega-lite/build/vega-lite-schema.json.
declare module 'vega-lite-schema' {
  const schema: object;
  export default schema;
}
