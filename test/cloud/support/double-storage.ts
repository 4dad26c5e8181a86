import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the double's file server answers: like the real CDN, or like the servers a reader must survive. */
export type ServeMode = 'range' | 'ignore-range' | 'redirect' | 'forbidden';

// The server writes bodies in chunks, so a client that drops the connection stops it early.
const CHUNK = 16 * 1024;

/**
 * TEST DOUBLE of cloud storage: files by fileID, temporary URLs, and a real HTTP server on
 * 127.0.0.1 (a free port) that serves those URLs with HTTP Range like the real CDN (206 +
 * Content-Range). It listens on loopback only, so no test reaches the network. `bytesServed`
 * counts the body bytes the server wrote, so a test can prove a check read only a file's header.
 */
export class StorageDouble {
  readonly files = new Map<string, Buffer>();
  bytesServed = 0;
  /** Every request the file server answered: its Range header and status. */
  readonly requests: { range: string | undefined; status: number }[] = [];
  mode: ServeMode = 'range';
  private server: Promise<string> | null = null;

  constructor(private readonly env: string) {}

  fileIdOf(cloudPath: string): string {
    return `cloud://${this.env}.double-bucket/${cloudPath}`;
  }

  put(cloudPath: string, bytes: Uint8Array): string {
    const fileID = this.fileIdOf(cloudPath);
    this.files.set(fileID, Buffer.from(bytes));
    return fileID;
  }

  /** The file server's origin, started on first use; it never keeps the process alive. */
  origin(): Promise<string> {
    this.server ??= new Promise((resolve, reject) => {
      const server = http.createServer((req, res) => this.serve(req, res));
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.unref();
        resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      });
    });
    return this.server;
  }

  readonly sdk = {
    uploadFile: async ({ cloudPath, fileContent }: { cloudPath: string; fileContent: Buffer }) => ({
      fileID: this.put(cloudPath, fileContent),
    }),
    getTempFileURL: async ({ fileList }: { fileList: string[] }) => {
      const origin = await this.origin();
      return {
        fileList: fileList.map((fileID) =>
          this.files.has(fileID)
            ? { fileID, tempFileURL: `${origin}/${encodeURIComponent(fileID)}?sign=double`, status: 0 }
            : { fileID, tempFileURL: '', status: -503003 },
        ),
      };
    },
    downloadFile: async ({ fileID }: { fileID: string }) => {
      const bytes = this.files.get(fileID);
      if (!bytes) throw Object.assign(new Error(`downloadFile:fail storage file not exists: ${fileID}`), { errCode: -503003 });
      return { fileContent: Buffer.from(bytes) };
    },
    deleteFile: async ({ fileList }: { fileList: string[] }) => ({
      fileList: fileList.map((fileID) => ({ fileID, status: this.files.delete(fileID) ? 0 : -503003 })),
    }),
  };

  private serve(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://double');
    const range = req.headers.range;
    const answer = (status: number, headers: Record<string, string | number> = {}) => {
      this.requests.push({ range, status });
      res.writeHead(status, headers);
    };
    if (this.mode === 'redirect' && !url.searchParams.has('moved')) {
      url.searchParams.set('moved', '1');
      answer(302, { location: `${url.pathname}${url.search}` });
      return res.end();
    }
    if (this.mode === 'forbidden') {
      answer(403, { 'content-type': 'application/xml' });
      return res.end('<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>');
    }
    const bytes = this.files.get(decodeURIComponent(url.pathname.slice(1)));
    if (!bytes) {
      answer(404);
      return res.end('not found');
    }
    const ranged = this.mode === 'ignore-range' ? null : /^bytes=(\d+)-(\d*)$/.exec(range ?? '');
    if (!ranged) {
      answer(200, { 'content-length': bytes.byteLength });
      return this.stream(res, bytes);
    }
    const start = Number(ranged[1]);
    if (start >= bytes.byteLength) {
      answer(416, { 'content-range': `bytes */${bytes.byteLength}` });
      return res.end();
    }
    const end = Math.min(ranged[2] ? Number(ranged[2]) : bytes.byteLength - 1, bytes.byteLength - 1);
    answer(206, { 'content-range': `bytes ${start}-${end}/${bytes.byteLength}`, 'content-length': end - start + 1 });
    this.stream(res, bytes.subarray(start, end + 1));
  }

  /** Writes the body in chunks, waiting while the socket is full; stops when the client hangs up. */
  private stream(res: http.ServerResponse, body: Buffer) {
    let at = 0;
    const more = () => {
      while (at < body.byteLength && !res.destroyed) {
        const chunk = body.subarray(at, at + CHUNK);
        at += chunk.byteLength;
        this.bytesServed += chunk.byteLength;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
      if (!res.destroyed) res.end();
    };
    res.on('close', () => {
      at = body.byteLength;
    });
    more();
  }
}
