import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import net from 'node:net';
import type { Socket } from 'node:net';

/** How long a connection accepted just before the stop may take to send its request. */
const FIRST_REQUEST_GRACE_MS = 2_000;

interface Tracked {
  /** requests on this connection whose response has not finished */
  active: Set<ServerResponse>;
  served: boolean;
}

/**
 * Tracks the server's connections, so that stopping can tell three kinds apart. Node's own server.close() ends
 * every connection without a request in progress at once, including one that was accepted a moment ago and whose
 * request is still on its way: behind a proxy that request was already sent, the proxy gets a reset and answers
 * 502, and it never resends a POST. Call this right after creating the server.
 */
export function trackConnections(server: Server): { close(): Promise<void> } {
  const connections = new Map<Socket, Tracked>();
  let closing = false;

  const end = (socket: Socket) => {
    socket.end();
    // a client that never closes its side does not keep the process
    setTimeout(() => socket.destroy(), 5_000).unref();
  };
  const endIfIdle = (socket: Socket) => {
    const t = connections.get(socket);
    if (t && t.active.size === 0) end(socket);
  };

  server.on('connection', (socket: Socket) => {
    connections.set(socket, { active: new Set(), served: false });
    socket.once('close', () => connections.delete(socket));
    if (closing) setTimeout(() => endIfIdle(socket), FIRST_REQUEST_GRACE_MS).unref();
  });
  // before the app's own listener, which may answer at once
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const t = connections.get(req.socket);
    if (!t) return;
    t.served = true;
    t.active.add(res);
    // a request that arrives while stopping is served, and its connection closes after the answer
    if (closing && !res.headersSent) res.setHeader('Connection', 'close');
    res.once('close', () => {
      t.active.delete(res);
      if (closing) endIfIdle(req.socket);
    });
  });

  return {
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        // stops listening only; the callback comes when the last connection has ended
        net.Server.prototype.close.call(server, () => resolve());
        for (const [socket, t] of connections) {
          // answers still to be written say the connection closes after them
          for (const res of t.active) if (!res.headersSent) res.setHeader('Connection', 'close');
          if (t.active.size > 0) continue;
          // an idle keep-alive connection ends now; a fresh one first gets the moment its request needs
          if (t.served) end(socket);
          else setTimeout(() => endIfIdle(socket), FIRST_REQUEST_GRACE_MS).unref();
        }
      }),
  };
}
