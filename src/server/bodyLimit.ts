/**
 * Reads a request body under a hard byte limit, whatever its framing: a declared Content-Length over the limit is
 * refused before a byte is read; a chunked body is counted as it arrives and refused the moment it crosses the
 * limit. A refusal answers 413 at once and closes the connection, so a slow sender cannot hold it open by
 * dribbling the rest (body-parser would read to the end first). Compressed bodies are refused (415): the limit
 * would otherwise bound the wire, not what inflates from it. JSON bodies are parsed into req.body; other bodies
 * are read (bounded) and left unparsed, for Apollo to refuse as it does.
 */
import type { RequestHandler, Response } from 'express';

function refuse(res: Response, status: number, message: string, code: string): void {
  if (res.headersSent) return;
  res.setHeader('Connection', 'close');
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
  // Once the answer is out, drop the connection: the rest of the body is not read.
  res.once('finish', () => res.req.socket.destroySoon());
}

export function limitedJsonBody(limitBytes: number): RequestHandler {
  return (req, res, next) => {
    // Apollo expects req.body to be set; an empty object is what it reads as "no body" (a GET's query is in the URL).
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') {
      req.body ??= {};
      return next();
    }
    const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity') {
      refuse(res, 415, `Content-Encoding ${encoding} is not accepted; send the body uncompressed`, 'UNSUPPORTED_MEDIA_TYPE');
      return;
    }
    const declared = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']);
    if (declared !== undefined && declared > limitBytes) {
      refuse(res, 413, `Request body too large: ${declared} bytes, the limit is ${limitBytes}`, 'PAYLOAD_TOO_LARGE');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        refused = true;
        req.off('data', onData);
        req.pause();
        refuse(res, 413, `Request body too large: more than ${limitBytes} bytes`, 'PAYLOAD_TOO_LARGE');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('error', (error) => {
      if (!refused) next(error);
    });
    req.once('end', () => {
      if (refused) return;
      const type = String(req.headers['content-type'] ?? '');
      if (!/^application\/(.+\+)?json\b/i.test(type)) {
        req.body = {};
        return next();
      }
      try {
        req.body = size === 0 ? {} : (JSON.parse(Buffer.concat(chunks, size).toString('utf8')) as unknown);
      } catch {
        res.status(400).json({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      next();
    });
  };
}
