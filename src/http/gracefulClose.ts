import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import type { AddressInfo, Socket } from 'node:net';

/** How long a connection accepted just before the stop may take to send its request. */
const FIRST_REQUEST_GRACE_MS = 2_000;

/** How long the stop may wait for a moment when no connection waits to be accepted. */
const EMPTY_QUEUE_WAIT_MS = 2_000;

/**
 * Connections the kernel has completed but the process has not accepted yet, on a listening port (Linux: the
 * rx_queue of the LISTEN line in /proc/net/tcp{,6}); 0 where that cannot be read.
 */
export function acceptQueueLength(port: number): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  let waiting = 0;
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let table: string;
    try {
      table = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of table.split('\n').slice(1)) {
      // sl local_address rem_address st tx_queue:rx_queue ...
      const [, local, , state, queues] = line.trim().split(/\s+/);
      if (state === '0A' && local?.endsWith(`:${hexPort}`)) waiting += parseInt(queues.split(':')[1], 16) || 0;
    }
  }
  return waiting;
}

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
        // Closing a listening socket makes the kernel reset the connections still waiting to be accepted, whose
        // requests a proxy has already sent (a 502, and a POST is never resent): close it at a moment when none
        // waits. Stops listening only; the callback comes when the last connection has ended.
        const port = (server.address() as AddressInfo | null)?.port;
        const giveUpAt = Date.now() + EMPTY_QUEUE_WAIT_MS;
        const stopListening = () => {
          if (port && acceptQueueLength(port) > 0 && Date.now() < giveUpAt) return setTimeout(stopListening, 1);
          net.Server.prototype.close.call(server, () => resolve());
        };
        stopListening();
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
