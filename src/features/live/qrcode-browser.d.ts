// The part of `qrcode` the browser uses (join-panel.tsx). tsconfig.app.json maps the
// module here because @types/qrcode pulls in all of Node's types, which would let browser code import
// `node:` modules without an error. The server uses the package's own types (tsconfig.node.json).
export interface QRCodeToStringOptions {
  type?: 'svg' | 'utf8' | 'terminal';
  margin?: number;
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
}

export function toString(text: string, options?: QRCodeToStringOptions): Promise<string>;
