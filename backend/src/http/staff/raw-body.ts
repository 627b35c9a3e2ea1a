import type { Context } from 'koa';

/**
 * Read a request body as text, up to `limit` bytes, for uploads that are not JSON (an epraccur
 * CSV). 415 unless the Content-Type is one of `types`; 413 as soon as the body passes the limit,
 * without reading the rest into memory. Text is UTF-8; a file that is not (a CSV saved from a
 * spreadsheet on Windows) is read as Windows-1252, which covers the ODS's names.
 */
export async function readTextBody(
  ctx: Context,
  { types, limit }: { types: string[]; limit: number },
): Promise<string> {
  if (!ctx.is(types)) {
    ctx.throw(415, `Send the file with the header Content-Type: ${types[0]}`);
  }
  const declared = Number(ctx.get('Content-Length'));
  const tooLarge = `The file is too large: it must be under ${Math.round(limit / 1_000_000)} MB`;
  if (declared > limit) {
    ctx.set('Connection', 'close');
    ctx.throw(413, tooLarge);
  }
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      // Stop reading (and keeping) the rest; the connection closes after the answer.
      ctx.req.off('data', onData).pause();
      ctx.set('Connection', 'close');
      reject(Object.assign(new Error(tooLarge), { status: 413, expose: true }));
    };
    ctx.req.on('data', onData);
    ctx.req.once('end', () => resolve(Buffer.concat(chunks)));
    ctx.req.once('error', reject);
  });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
