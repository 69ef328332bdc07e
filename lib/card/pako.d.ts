/** The one function of pako (pdf-lib's zlib) the card replaces; pako ships no types. */
declare module 'pako' {
  const pako: { deflate(data: Uint8Array): Uint8Array };
  export default pako;
}
