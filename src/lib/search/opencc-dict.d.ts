// opencc-js exports its dictionaries through a "./*" pattern without types;
// each is a serialized dictionary string.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
