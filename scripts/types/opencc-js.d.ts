declare module 'opencc-js' {
  export type Locale = 'cn' | 'tw' | 'twp' | 'hk' | 'jp' | 't';
  export function Converter(options: { from: Locale; to: Locale }): (text: string) => string;
}
declare module 'opencc-js/dict/*' {
  /** `from to|from to|…` pairs. */
  const dict: string;
  export default dict;
}
