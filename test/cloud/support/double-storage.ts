/** The host temporary URLs point at; nothing resolves it, and the fetch double serves only it. */
export const DOUBLE_URL_HOST = 'tcb.double.invalid';

/**
 * TEST DOUBLE of cloud storage: files by fileID, temporary URLs, and a `fetch` that serves those
 * URLs with HTTP Range like the real CDN (206 + Content-Range). Any other URL is refused, so no
 * test can reach the network. `bytesServed` lets a test prove a check read only a file's header.
 */
export class StorageDouble {
  readonly files = new Map<string, Buffer>();
  bytesServed = 0;

  constructor(private readonly env: string) {}

  fileIdOf(cloudPath: string): string {
    return `cloud://${this.env}.double-bucket/${cloudPath}`;
  }

  put(cloudPath: string, bytes: Uint8Array): string {
    const fileID = this.fileIdOf(cloudPath);
    this.files.set(fileID, Buffer.from(bytes));
    return fileID;
  }

  readonly sdk = {
    uploadFile: async ({ cloudPath, fileContent }: { cloudPath: string; fileContent: Buffer }) => ({
      fileID: this.put(cloudPath, fileContent),
    }),
    getTempFileURL: async ({ fileList }: { fileList: string[] }) => ({
      fileList: fileList.map((fileID) =>
        this.files.has(fileID)
          ? { fileID, tempFileURL: `https://${DOUBLE_URL_HOST}/${encodeURIComponent(fileID)}?sign=double`, status: 0 }
          : { fileID, tempFileURL: '', status: -503003 },
      ),
    }),
    downloadFile: async ({ fileID }: { fileID: string }) => {
      const bytes = this.files.get(fileID);
      if (!bytes) throw Object.assign(new Error(`downloadFile:fail storage file not exists: ${fileID}`), { errCode: -503003 });
      return { fileContent: Buffer.from(bytes) };
    },
    deleteFile: async ({ fileList }: { fileList: string[] }) => ({
      fileList: fileList.map((fileID) => ({ fileID, status: this.files.delete(fileID) ? 0 : -503003 })),
    }),
  };

  /** A `fetch` for the temporary URLs; everything else is a test failure. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname !== DOUBLE_URL_HOST) throw new Error(`network is off in the wx-sdk double: ${url.href}`);
    const bytes = this.files.get(decodeURIComponent(url.pathname.slice(1)));
    if (!bytes) return new Response('not found', { status: 404 });
    const range = /^bytes=(\d+)-(\d*)$/.exec(new Headers(init?.headers).get('range') ?? '');
    if (!range) {
      this.bytesServed += bytes.byteLength;
      return new Response(new Uint8Array(bytes), { status: 200 });
    }
    const start = Number(range[1]);
    const end = Math.min(range[2] ? Number(range[2]) : bytes.byteLength - 1, bytes.byteLength - 1);
    const body = new Uint8Array(bytes.subarray(start, end + 1));
    this.bytesServed += body.byteLength;
    return new Response(body, { status: 206, headers: { 'content-range': `bytes ${start}-${end}/${bytes.byteLength}` } });
  };
}
