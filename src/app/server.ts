// The App as a standalone service: Probot's Server (webhooks, GET /ping, request logging, 404 for the rest),
// never Probot's run(), which loads ./.env, may fall into its setup mode and installs its own SIGINT handler.
import type { Server as HttpServer } from "node:http";
import { type Logger, Probot, Server } from "probot";
import { type NexsAppOptions, nexsApp } from "./app.js";
import type { AppConfig } from "./config.js";
import { InFlight } from "./in-flight.js";
import { createLogger } from "./log.js";
import { type ProbotWiring, probotOptions } from "./probot-options.js";

export interface RunningServer {
  log: Logger;
  http: HttpServer;
  inFlight: InFlight;
  /** Stops accepting, lets running handlers finish for up to `graceMs`, then cuts what is left. */
  stop(graceMs: number): Promise<{ clean: boolean }>;
}

const SWEEP_MS = 25;
/** For requests no handler tracks (a slow upload, a stuck /ping client). */
const LAST_GRACE_MS = 2_000;

export type ServerWiring = ProbotWiring & Pick<NexsAppOptions, "onDelivery">;

export async function startServer(config: AppConfig, wiring: ServerWiring = {}): Promise<RunningServer> {
  // Server ignores a logger given through Probot.defaults (it passes its own, possibly undefined): give it here.
  const log = wiring.log ?? (await createLogger(config));
  const inFlight = new InFlight();
  const server = new Server({
    Probot: Probot.defaults(probotOptions(config, { ...wiring, log })),
    log,
    // Undefined keeps Probot's default, localhost; containers set HOST=0.0.0.0.
    host: config.host,
    port: config.port,
    webhookPath: config.webhookPath,
    // Probot's own pages and assets are for its setup mode, which this service never enters.
    enableStaticFiles: false,
  });
  await server.load(nexsApp(config, { inFlight, ...(wiring.onDelivery && { onDelivery: wiring.onDelivery }) }));
  const http = await server.start();
  return {
    log,
    http,
    inFlight,
    async stop(graceMs) {
      const closed = server.stop();
      const drained = await inFlight.idle(graceMs);
      if (!drained) http.closeAllConnections();
      // A reply goes out just after its handler ends, and its keep-alive socket would then hold close() for
      // the client's idle timeout: close sockets as they fall idle, and whatever is left after a last grace.
      const sweep = setInterval(() => http.closeIdleConnections(), SWEEP_MS);
      const cut = setTimeout(() => http.closeAllConnections(), LAST_GRACE_MS);
      http.closeIdleConnections();
      try {
        await closed;
      } finally {
        clearInterval(sweep);
        clearTimeout(cut);
      }
      return { clean: drained };
    },
  };
}
