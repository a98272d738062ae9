/** Gazetteers bundled by scripts/gazetteer-plugin.mjs: newline-separated, lower-cased entries. */
declare module 'gazetteer:*' {
  const text: string;
  export default text;
}
