// The package ships no types; server/adapters/wx/wx-sdk-surface.ts types the part we use.
declare module 'wx-server-sdk' {
  const cloud: unknown;
  export default cloud;
}
