// The encoder alone, without qrcode's canvas/PNG renderers (which the mini-program neither needs nor can run).
declare module 'qrcode/lib/core/qrcode' {
  export { create } from 'qrcode';
}
