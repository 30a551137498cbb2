import { connect } from 'node:net';

/**
 * Sends raw bytes to the server at `url` and reads everything it answers until it closes the
 * connection (it does after an error). For requests fetch() will not send: malformed, or too long.
 * @example await rawRequest('http://127.0.0.1:40123', 'GET / HTTP/1.1\r\nHost: x\r\n\r\n') // => 'HTTP/1.1 200 OK\r\n…'
 */
export function rawRequest(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes, 'latin1'));
    let got = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => {
      got += d;
    });
    socket.on('end', () => resolve(got));
    socket.on('error', reject);
  });
}

/** The body of a raw HTTP answer: what follows the blank line after the headers. */
export const bodyOf = (raw: string): string => raw.slice(raw.indexOf('\r\n\r\n') + 4);
